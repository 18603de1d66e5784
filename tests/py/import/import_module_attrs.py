import sys
sys.path.insert(0, "mods")
import simple_mod
simple_mod.added = "new attr"
import simple_mod as s2
print(s2.added)
print(hasattr(simple_mod, "greet"), "value" in dir(simple_mod))
print(getattr(simple_mod, "value"))
try:
    simple_mod.nope
except AttributeError:
    print("AttributeError")
