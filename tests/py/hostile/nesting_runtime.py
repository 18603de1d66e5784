# Containers and iterators nested far beyond any limit: a RuntimeError (RecursionError in CPython), never a crash.
# 200 levels: three times the native depth limit (64, firmware/Core/Objects/Ops/Limits.cs), small enough for a board's
# heap (100,000 levels of six containers at once took the POSIX nanoCLR's 10 MB heap: MemoryError). (.exp: CPython
# allows 1,000 levels and never limits hash() or iterator chains; MicroPython raises RuntimeError, as here.)

def deep(make, n):
    x = make(0)
    for i in range(n):
        x = make(x)
    return x


def check(label, f):
    try:
        f()
        print(label, 'ok')
    except RuntimeError:
        print(label, 'RuntimeError')

for n in (20, 200):
    l = deep(lambda x: [x], n)
    l2 = deep(lambda x: [x], n)
    t = deep(lambda x: (x,), n)
    t2 = deep(lambda x: (x,), n)
    d = deep(lambda x: {1: x}, n)
    d2 = deep(lambda x: {1: x}, n)
    check('repr list %d' % n, lambda: repr(l))
    check('str list %d' % n, lambda: str(l))
    check('repr tuple %d' % n, lambda: repr(t))
    check('repr dict %d' % n, lambda: repr(d))
    check('eq list %d' % n, lambda: l == l2)
    check('lt list %d' % n, lambda: l < l2)
    check('eq tuple %d' % n, lambda: t == t2)
    check('lt tuple %d' % n, lambda: t < t2)
    check('eq dict %d' % n, lambda: d == d2)
    check('hash tuple %d' % n, lambda: hash(t))
    check('in list %d' % n, lambda: l in [l2])
    m = deep(lambda x: map(abs, x) if x else map(abs, [1, -2]), n)
    check('map %d' % n, lambda: list(m))
    f = deep(lambda x: filter(None, x) if x else filter(None, [1, 0]), n)
    check('filter %d' % n, lambda: list(f))
    z = deep(lambda x: zip(x) if x else zip([1]), n)
    check('zip %d' % n, lambda: list(z))
    e = deep(lambda x: enumerate(x) if x else enumerate([1]), n)
    check('enumerate %d' % n, lambda: list(e))

# After the error everything works as before.
print(repr([[1, 2], (3,), {4: 5}]))
print([[1]] == [[1]], ((1,),) < ((2,),), hash(((1,),)) == hash(((1,),)))
print(list(map(abs, map(abs, [-1, -2]))))
