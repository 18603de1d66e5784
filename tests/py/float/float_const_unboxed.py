# Float literals are pushed unboxed; they must behave as the float objects they stand for.
def consts():
    a = 1.5
    b = a
    print(a, b, a == b, type(a).__name__, repr(-0.0), 2.0 * 3, 0.1 + 0.2)
    l = [0.5, 0.5, 1e100, -2.5e-300]
    print(l, l.count(0.5), 0.5 in l, l.index(1e100))
    d = {0.5: 'half', 1.0: 'one'}
    print(d[0.5], d[1], d.get(1.0), sorted(d.items()))
    t = (1.25, 2.75)
    x, y = t
    x, y = y, x
    print(x, y, hash(2.0) == hash(2), str(3.0), '%.3f' % 2.0, '{:g}'.format(1e-5))
    s = 0.0
    for i in range(10):
        s += 0.1
    print(s, s < 1.0, s >= 1.0, 1.0 > s)
consts()

def nan_compare():
    nan = float('nan')
    inf = float('inf')
    for a, b in ((nan, 1.0), (1.0, nan), (nan, nan), (inf, 1e308), (-inf, 0.0), (0.0, -0.0)):
        print(a < b, a <= b, a == b, a != b, a > b, a >= b)
        if a < b:
            print('lt')
        if not a >= b:
            print('not ge')
        while a > b:
            print('gt loop')
            break
nan_compare()

def swap_mixed():
    a, b = 1.5, 'x'
    a, b = b, a
    print(a, b)
    a, b, c = 2.5, 3, None
    a, b, c = c, a, b
    print(a, b, c)
    u = v = 0.25
    u, v = v * 2.0, u * 4.0
    print(u, v, not 0.0, not 0.5, not u)
swap_mixed()

def identity():
    a = 1.5 * 2
    b = a
    c = a * 1.0
    print(a is a, a is b, b is not a, a is None, a is not None)
    x = 0.25
    y = x
    print(x is y, x is not y, c == a)
identity()
