s = set()
for i in range(3000):
    s.add(i * 7 % 1000)
print(len(s), 999 in s, 1000 in s)
for i in range(500):
    s.discard(i)
print(len(s), min(s), max(s))
a = set(range(0, 1000, 2))
b = set(range(0, 1000, 3))
print(len(a & b), len(a | b), len(a - b), len(a ^ b))
