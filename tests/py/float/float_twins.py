# Floats in functions (compiled ahead of time, kept in C# doubles between operations): chains mixing ints and
# floats, values carried across loop iterations, passed to and returned from calls, stored in attributes, lists,
# dicts and globals, kept across yields, and NaN, infinities and -0.0 as results and operands.
import math

G = 0.0


def chain(a, b):
    x = a * 1.5 + b
    y = x / 4 - a * b + 2
    z = -y * x - 0.25
    w = z * 2 - 3 + y / 0.5
    return x, y, z, w, x < y, y <= z, z == z, w != w, x > 2, y >= -1.5


def mixed(n):
    t = 0.0
    u = 1
    for i in range(n):
        t = t + i * 0.5
        u = u * 2
        t = t - u / 8
        t += 1
        t -= 0.5
    return t, u


def carried(n):
    zr = zi = 0.0
    cr, ci = -0.5, 0.6
    k = 0
    while k < n and zr * zr + zi * zi < 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        k += 1
    return k, round(zr, 9), round(zi, 9)


def ident(v):
    return v


def add3(a, b, c):
    return a + b + c


def calls(x):
    y = x * 2.0
    r = ident(y) + ident(y * 3)
    s = add3(y, r, 0.5) * 2
    return r, s, math.sqrt(y * y), abs(-y), str(y), repr(y / 3), float(y), int(y * 1.25)


class P:
    def __init__(self, x):
        self.x = x * 1.0
        self.y = self.x / 2


def stores(x):
    global G
    p = P(x)
    p.x = p.x * 2.0 + 1
    p.y += 0.5
    l = [x * 1.0, x / 3]
    l[0] = l[0] * 3.5
    l.append(p.x - p.y)
    d = {"a": x * 0.1}
    d["b"] = d["a"] * 10.0
    G = x * 0.75
    G += 0.25
    t = (x * 2.0, x - 0.5)
    return p.x, p.y, l, sorted(d.items()), G, t


def gen(n):
    a = 0.5
    b = 0.25
    for i in range(n):
        a = a * 2.0 + b
        yield a
        b = b * 1.5 - a / 10
        yield b


def specials():
    inf = 1e308 * 10.0
    ninf = -inf
    nan = inf - inf
    r = []
    for v in [inf, ninf, nan, 0.0, -0.0, 2.5, -2.5]:
        w = v * 1.0
        r.append((repr(w + 1.0), repr(w * 0.0), repr(-w), w < 1.0, w <= 1.0, w == w, w != w, w > -1.0, w >= -1.0, bool(w), repr(w * -1.0)))
    r.append((inf * 1.0 < ninf * 1.0, inf * 1.0 > ninf * 1.0, inf * 1.0 == ninf * 1.0, inf * 1.0 != ninf * 1.0,
              inf * 1.0 <= ninf * 1.0, inf * 1.0 >= ninf * 1.0, inf * 1.0 == inf * 1.0, ninf * 1.0 < inf * 1.0))
    z = 0.0 * -1.0
    r.append((repr(z), repr(z + 0.0), repr(z - 0.0), repr(-0.0 * 1.0), repr(0.0 * -2)))
    return r


def division(a, b):
    r = []
    for x in [a, b, 0.0, -0.0, 0]:
        try:
            r.append(repr(a * 1.0 / x))
        except ZeroDivisionError as e:
            r.append("ZeroDivisionError")
        try:
            r.append(repr(a * 1.0 // (x * 1.0)))
        except ZeroDivisionError as e:
            r.append("ZeroDivisionError")
        try:
            r.append(repr(a * 1.0 % (x * 1.0)))
        except ZeroDivisionError as e:
            r.append("ZeroDivisionError")
    return r


def power(x):
    y = x * 1.0
    return y ** 2, y ** 0.5, 2 ** y, y ** -1, (y * 2) ** 2.0


def truth(x):
    y = x * 1.0
    r = []
    if y:
        r.append("y")
    if not y:
        r.append("not y")
    r.append(y and 1)
    r.append(y or 2)
    while y:
        y = y - 1.0
        r.append(y)
    return r


def compare_mix(x, n):
    y = x * 1.0
    return [y < n, y <= n, y == n, y != n, y > n, y >= n, n < y, n == y, y < 3, y == 2, y > -1, 2 < y]


def errors(x):
    y = x * 1.0
    r = []
    try:
        r.append(y + "a")
    except TypeError as e:
        r.append("TypeError")
    try:
        r.append(y < "a")
    except TypeError as e:
        r.append("TypeError")
    try:
        r.append(y[0])
    except TypeError as e:
        r.append("TypeError")
    r.append(y * [1] if False else "skip")
    return r


def big_int_mix(x):
    y = x * 1.0
    b = 2 ** 53 + 1
    return y + b, b - y, y * b, b / (y + 1), y < b, y == 2 ** 53


print(chain(2, 3))
print(chain(-1.5, 0.5))
print(mixed(5))
print(carried(50))
print(calls(1.25))
print(stores(3))
print(list(gen(4)))
for row in specials():
    print(row)
print(division(7, 2))
print(division(-7.5, 2.5))
print(power(3))
print(truth(2.0), truth(0.0))
for v in [2, 2.0, 2.5, -1, 3]:
    print(compare_mix(v, 2), compare_mix(v, 2.5))
print(errors(1.5))
print(big_int_mix(3))
