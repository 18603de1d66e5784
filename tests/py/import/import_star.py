import sys
sys.path.insert(0, "mods")
from star_mod import *
print(a, b, f())
try:
    print(_c)
except NameError:
    print("NameError _c")
from star_all import *
print(x, _y)
try:
    print(z)
except NameError:
    print("NameError z")
