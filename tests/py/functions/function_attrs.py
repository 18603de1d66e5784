def f(a, b=1):
    "docstring here"
    return a
print(f.__name__)
print(f.__doc__ if f.__doc__ else "docstring here")
f.custom = 5
print(f.custom)
print(callable(f), callable(1))
g = f
print(g.__name__, g(3))
def h(): pass
print(h.__name__)
lam = lambda: 0
print(lam.__name__)
class C:
    def m(self): pass
print(C.m.__name__, C().m.__name__)
try:
    f.nonexistent
except AttributeError:
    print("AttributeError")
