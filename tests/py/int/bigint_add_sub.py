a = 2 ** 100
b = 3 ** 70
print(a + b, a - b, b - a, -a - b)
print(a + 1, a - 1, 1 - a)
x = 0xFFFFFFFFFFFFFFFF
print(x + 1, x + x, x - x)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
s = 0
for i in range(50):
    s += 10 ** i
print(s)
print(type(2 ** 64 - 2 ** 64).__name__, 2 ** 64 - 2 ** 64)
