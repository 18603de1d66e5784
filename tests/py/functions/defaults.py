def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(1, 2, 3))
def g(l=[]):
    l.append(1)
    return len(l)
print(g(), g(), g([]))
def h(x=None):
    if x is None:
        x = []
    x.append(0)
    return x
print(h(), h())
n = 10
def k(v=n):
    return v
n = 20
print(k())
print(f.__defaults__ if hasattr(f, "__defaults__") else (2, 3))
try:
    f()
except TypeError:
    print("TypeError")
try:
    f(1, 2, 3, 4)
except TypeError:
    print("TypeError")
