a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 1.5 * 2, "s", [1]
print(x, y, z)
x, y, z = z, x, y
print(x, y, z)
p, q, r, s = 1, 2, 3, 4
print(p, q, r, s)
def f(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a
print(f(100))
(a, b), c = (1, 2), 3
print(a, b, c)
t = 1, 2
print(t)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
