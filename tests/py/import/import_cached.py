import sys
sys.path.insert(0, "mods")
import counter_mod
import counter_mod
import counter_mod as again
print(counter_mod.loads, again is counter_mod)
print("counter_mod" in sys.modules, sys.modules["counter_mod"] is counter_mod)
counter_mod.loads.append("mutated")
import counter_mod as third
print(third.loads)
