a = 10 ** 40 + 12345
for b in (7, -7, 10 ** 20 + 3, -(10 ** 20 + 3), 2 ** 64, 1):
    print(a // b, a % b, -a // b, -a % b)
print(divmod(2 ** 200, 3 ** 50))
print(divmod(-(2 ** 200), 3 ** 50))
print(2 ** 100 / 2 ** 99)
print((10 ** 30) // (10 ** 15), (10 ** 30) % (10 ** 15 + 1))
try:
    (10 ** 30) // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    (10 ** 30) % 0
except ZeroDivisionError:
    print("ZeroDivisionError")
print(-9223372036854775808 // -1)
print(-9223372036854775808 % -1)
