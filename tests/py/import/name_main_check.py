import sys
sys.path.insert(0, "mods")
print(__name__)
import simple_mod
print(simple_mod.__name__ != "__main__")
# own process: sys.path entries are relative to the board's root, not yet to the current folder
