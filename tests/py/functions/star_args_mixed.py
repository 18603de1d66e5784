def f(a, b, *args, c=10, **kw):
    return (a, b, args, c, sorted(kw.items()))
print(f(1, 2))
print(f(1, 2, 3, 4, c=5, d=6))
print(f(*[1, 2, 3]))
print(f(1, *[2, 3], **{"c": 7, "e": 8}))
print(f(b=2, a=1))
def g(*args, **kwargs):
    return f(*args, **kwargs)
print(g(1, 2, 3, z=0))
def h(x, *, y):
    return x * y
print(h(*(2,), **{"y": 4}))
try:
    h(1, 2)
except TypeError:
    print("TypeError")
