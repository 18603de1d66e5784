x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
while x > 1000:
    x //= 7
print(x)
y = 2 ** 64
y -= 1
y &= 0xFFFF0000FFFF0000
y |= 1
y ^= 2 ** 63
print(y)
