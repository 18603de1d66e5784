def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError:
    print("TypeError")
try:
    f(1)
except TypeError:
    print("TypeError missing kwonly")
def g(*args, key=None):
    return args, key
print(g(1, 2), g(1, key="k"))
def h(*, x=1, y):
    return x + y
print(h(y=10), h(x=2, y=3))
def k(a, *args, b=2, **kw):
    return a, args, b, sorted(kw.items())
print(k(1, 2, 3, b=4, z=5))
