d = {}
for i in range(20):
    d[i] = i
for i in range(20):
    if i % 3:
        del d[i]
for i in range(20, 30):
    d[i] = i
print(sorted(d.items()))
d.pop(0)
d[0] = "back"
print(d[0], len(d))
