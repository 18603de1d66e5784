a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(0.1 * 3, 1.1 + 2.2, 1 - 0.9)
print(2.0 ** -1, 2 ** 0.5, (-8.0) ** 2, 10.0 ** 10)
print(abs(-2.5), -(-2.5), +2.5)
print(1.0 / 3.0 * 3.0, 1e308 * 10, -1e308 * 10)
for x, y in [(1.0, 0.0), (1.0, 0), (0.0, 0.0)]:
    try:
        x / y
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    5.0 % 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    5.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")
