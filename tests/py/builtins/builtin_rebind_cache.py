# A call site of a builtin keeps seeing rebinding: builtins.len replaced and restored, a module global shadowing it, then deleted.
import builtins
def f(x):
    return len(x)
r = []
for i in range(3):
    r.append(f([1, 2]))
orig = builtins.len
builtins.len = lambda x: 99
r.append(f([1]))
builtins.len = orig
r.append(f([1]))
len = lambda x: -1
r.append(f([1]))
del len
r.append(f([1, 2, 3]))
print(r)
