s = ""
for i in range(10):
    s += str(i)
print(s)
parts = []
for w in "the quick brown fox".split():
    parts.append(w.upper())
print("-".join(parts))
acc = []
i = 0
while len(acc) < 5:
    acc.append(i * i)
    i += 1
print(acc)
total = 0
for n in range(1, 101):
    total += n
print(total)
