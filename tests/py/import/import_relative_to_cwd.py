# A relative sys.path entry is taken against the current folder (os.chdir), as MicroPython's VFS does;
# (CPython makes __file__ absolute, MicroPython keeps the entry's spelling: only its end is printed.)
import os
import sys
here = os.getcwd()
os.chdir('mods')
sys.path.insert(0, 'pkg')
sys.path.insert(0, '')
import simple_mod
print(simple_mod.value, simple_mod.__file__.endswith('simple_mod.py'))
os.chdir(here)
sys.path.pop(0)
sys.path.pop(0)
