print(2 ** 1000)
print(len(str(7 ** 500)))
print(sum(int(c) for c in str(2 ** 1000)))
print((3 ** 300) % 1000007)
print(pow(10, 50) // pow(10, 48))
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(f // (2 ** 97))
