from . import sub
from .sub import SUB
def use():
    return sub.sub_func() + str(SUB)
