# Builtin modules are read-only, as MicroPython keeps them in ROM: setting or deleting an attribute of sys or
# ujson is an AttributeError and changes nothing; builtins can still be overridden, and modules written in
# Python accept new attributes.
import sys
import ujson
import builtins
for mod in (sys, ujson):
    try:
        mod.added = 1
    except AttributeError:
        print('AttributeError set')
    print(hasattr(mod, 'added'))
try:
    del sys.path
except AttributeError:
    print('AttributeError del')
print(type(sys.path))
builtins.my_global = 42
print(my_global)
del builtins.my_global
sys.path.append('extra')
print(sys.path[-1])
sys.path.pop()
