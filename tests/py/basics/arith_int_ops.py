print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(abs(-5), -(-5), +5)
print(6 / 3, type(6 / 3).__name__)
print(2 ** 0, 0 ** 0, 2 ** -2)
print(10 ** 20 // 3)
for a, b in [(1, 0), (0, 0), (5.0, 0)]:
    try:
        a // b
    except ZeroDivisionError as e:
        print("ZeroDivisionError")
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError")
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError")
try:
    1 + "a"
except TypeError:
    print("TypeError")
