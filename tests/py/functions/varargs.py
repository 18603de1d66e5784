def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
print(type(f()).__name__)
def g(a, b=0, *rest):
    return a, b, rest
print(g(1), g(1, 2), g(1, 2, 3, 4))
def h(*args, **kw):
    return len(args), len(kw)
print(h(1, 2, x=3))
def s(*nums):
    t = 0
    for n in nums:
        t += n
    return t
print(s(*range(10)))
def pass_through(*a, **k):
    return f(*a, **k)
print(pass_through(1, 2))
