def f(a, b):
    return a - b
print(f(b=1, a=5), f(5, b=1))
def g(**kw):
    return sorted(kw.items())
print(g(), g(x=1, y=2))
def h(a, **kw):
    return a, sorted(kw)
print(h(1, b=2, c=3), h(a=0))
try:
    f(1, a=2)
except TypeError:
    print("TypeError multiple values")
try:
    f(1, c=2)
except TypeError:
    print("TypeError unexpected")
try:
    f(a=1)
except TypeError:
    print("TypeError missing")
d = {"a": 3, "b": 1}
print(f(**d))
def m(**kw):
    kw["new"] = 1
    return kw
orig = {"x": 1}
print(sorted(m(**orig)), orig)
