print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 10, -5 << 70)
print(2 ** 100 >> 90, 2 ** 100 >> 200, (2 ** 100 + 12345) >> 3)
print(-1 >> 1, -8 >> 2, -9 >> 2, -(2 ** 100) >> 99, -(2 ** 100 + 1) >> 100)
print(12345 >> 3, 12345 >> 64)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
x = 1
for i in range(70):
    x <<= 1
print(x)
