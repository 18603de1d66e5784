import sys
sys.path.insert(0, "mods")
from pkg import helper
print(helper.use())
import pkg.nested.deep as deep
print(deep.call())
import pkg.nested
print(pkg.nested.PARENT_SUB, pkg.nested.NESTED)
print(deep.__name__)
