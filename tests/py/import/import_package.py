import sys
sys.path.insert(0, "mods")
import pkg
print(pkg.pkg_attr, pkg.sub_func())
import pkg.sub
print(pkg.sub.SUB)
import pkg.sub as ps
print(ps is pkg.sub, ps.sub_func())
from pkg import sub
print(sub is ps)
from pkg.sub import SUB, sub_func
print(SUB, sub_func())
print(pkg.__name__, pkg.sub.__name__)
