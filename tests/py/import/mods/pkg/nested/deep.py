from .. import helper
from . import NESTED
def call():
    return helper.use() + "/" + NESTED
