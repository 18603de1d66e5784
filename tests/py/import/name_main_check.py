import sys
sys.path.insert(0, "mods")
print(__name__)
import simple_mod
print(simple_mod.__name__ != "__main__")
