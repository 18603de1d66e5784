# Deleting a builtin (created on first use or not) removes it for good; rebinding and deleting again work.
import builtins
del builtins.abs
try:
    abs(1)
    print('abs still there')
except NameError as e:
    print('NameError', e)
try:
    del builtins.abs
except AttributeError as e:
    print('AttributeError')
builtins.abs = lambda x: 'mine'
print(abs(-3))
del builtins.abs
try:
    print(abs(-3))
except NameError:
    print('NameError again')
print('abs' in dir(builtins), 'len' in dir(builtins))
x = max
del builtins.max
try:
    max(1, 2)
except NameError:
    print('max gone')
builtins.max = x
print(max(1, 2))
