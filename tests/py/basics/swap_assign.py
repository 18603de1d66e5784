# a, b = x, y and a, b, c = x, y, z: values evaluated left to right, then stored left to right
def trace(tag, v):
    print('eval', tag)
    return v

a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
[a, b] = trace('x', 'x'), trace('y', 'y')
print(a, b)

# stores happen in target order: the second target sees the first's new value
x = [0, 0, 0]
i, x[i] = 1, 5
print(i, x)
x[0], x[0] = 1, 2
print(x)

class O:
    pass
o = O()
o.p, o.q = 'p', 'q'
o.p, o.q = o.q, o.p
print(o.p, o.q)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(10), fib(100))

def rot(n):
    p, q, r = 1.5, -2, 'r'
    for _ in range(n):
        p, q, r = q, r, p
    return p, q, r
print(rot(1), rot(2), rot(3), rot(4))

def mandel_step(zr, zi, cr, ci, n):
    for _ in range(n):
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
    return zr, zi
print(mandel_step(0.0, 0.0, -0.5, 0.25, 10))
print(mandel_step(0, 0, 1, 1, 3))

# an exception while the values are evaluated leaves every target as it was
a, b = 'old a', 'old b'
try:
    a, b = 1, 1 // 0
except ZeroDivisionError:
    print('raised', a, b)
def f():
    u, v = 'u', 'v'
    try:
        u, v = v, undefined_name
    except NameError:
        print('raised', u, v)
f()

# a target that fails: the earlier ones are stored, the later ones are not
d = {}
try:
    d['k'], (e, g), h = 1, 2, 3
except TypeError:
    print('unpack failed', d)

# nested targets and different lengths still unpack
(a, b), c = (1, 2), 3
print(a, b, c)
a, b, c, e = 1, 2, 3, 4
print(a, b, c, e)
try:
    a, b = 1, 2, 3
except ValueError:
    print('ValueError')
t = a, b = 7, 8
print(t, a, b)
