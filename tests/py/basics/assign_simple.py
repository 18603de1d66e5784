a = 1
b = a
print(a, b)
a = b = c = 5
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[m, n] = [6, 7]
print(m, n)
s = "ab"
u, v = s
print(u, v)
i, j, k = range(3)
print(i, j, k)
try:
    e, f = 1, 2, 3
except ValueError as ex:
    print("ValueError")
try:
    e, f, g = 1, 2
except ValueError as ex:
    print("ValueError")
try:
    e, f = 5
except TypeError:
    print("TypeError")
