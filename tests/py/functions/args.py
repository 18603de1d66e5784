def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, f=10))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], **{'x': 3}))
print(g(1, *(2, 3, 4)))
def h(x, y):
    return x - y
print(h(y=1, x=5))
for call in [lambda: h(1), lambda: h(1, 2, 3), lambda: h(1, z=2), lambda: h(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print((lambda x, y=3: x * y)(4))
def deco(fn):
    def wrapper(*a):
        return 'wrapped(%s)' % fn(*a)
    return wrapper
@deco
def k(x):
    return x + 1
print(k(1))
