import sys
sys.path.insert(0, "mods")
import simple_mod
print(simple_mod.value, simple_mod.greet("x"), simple_mod.Thing.kind)
print(simple_mod.__name__)
import simple_mod as sm
print(sm is simple_mod, sm._private)
from simple_mod import value, greet as g
print(value, g("y"))
print(type(simple_mod).__name__)
