pkg_attr = "pkg init"
from .sub import sub_func
