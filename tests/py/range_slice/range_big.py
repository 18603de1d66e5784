r = range(0, 2 ** 62, 2 ** 60)
print(len(r), list(r))
print(len(range(10 ** 6)), range(10 ** 6)[999999], 999999 in range(10 ** 6))
print(list(range(-10, -20, -4)))
s = 0
for i in range(100000):
    s += i
print(s)
