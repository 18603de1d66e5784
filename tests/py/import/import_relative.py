import sys
sys.path.insert(0, "mods")
from pkg import helper
print(helper.use())
import pkg.nested.deep as deep
print(deep.call())
import pkg.nested
print(pkg.nested.PARENT_SUB, pkg.nested.NESTED)
print(deep.__name__)
# own process: sys.path entries are relative to the board's root, not yet to the current folder
