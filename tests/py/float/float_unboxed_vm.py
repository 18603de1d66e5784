def mandel(w, h, it):
    total = 0
    for y in range(h):
        ci = 2.0 * y / h - 1.0
        for x in range(w):
            cr = 3.0 * x / w - 2.0
            zr = zi = 0.0
            n = 0
            while n < it and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            total += n
    return total
print(mandel(20, 15, 30))
def f():
    a = 1.5 * 2
    b = a / 4
    c = -b
    d = +c
    print(a, b, c, d, not a, not (a - a), a == 3, a is a, a < 4, 3 < a, a != 3.0)
    print(type(a).__name__, repr(b), str(c), [a, b], (a, b), {a: b}, {a})
    print(a.real, a.is_integer(), int(a), abs(c), round(b, 1))
    g = 7 / 2
    print(g, 1 / 3, 2 ** 0.5, 7 // 2.0, 7 % 2.5, divmod(7.5, 2))
    x = a * 1e308 * 10
    print(x, x - x, -x)
    try:
        a / (a - a)
    except ZeroDivisionError as e:
        print("ZD", e)
    try:
        (a * 2)()
    except TypeError as e:
        print("TE", e)
    try:
        x = 5
        x()
    except TypeError as e:
        print("TE", e)
    try:
        (a*1)[0]
    except TypeError as e:
        print("TE", e)
    if a * 0:
        print("no")
    while b * 0:
        pass
    print(a * 0 or "zero", a * 1 and "one")
    h = a * 2
    def inner():
        return h * 2
    print(inner())
    global G
    G = a * 3
    print(G)
    l = [0, 0]
    l[0] = a * 5
    print(l, l[0] + 1)
    s = "%s %r %.2f" % (a * 1, b * 1, c * 1)
    print(s, "{} {}".format(a * 2, b * 2))
    print(max(a * 1, b * 1), sum([a * 1, b * 1]), sorted([a * 1, b * 1]))
    m = a * 1
    m += 1
    m -= 0.5
    m *= 2
    m /= 4
    print(m, m ** 2, m // 1, m % 1, -m, m.__class__)
    print(1e16 + 1 == 1e16, 2**53 + 1 == float(2**53 + 1), (a*1) == (a*1))
    for q in (a * 1, b * 1):
        print(q)
    return a * 1
print(f())
class P:
    def __init__(self, v):
        self.v = v * 1.0
print(P(3).v, P(2.5 * 2).v)
