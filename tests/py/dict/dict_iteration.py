d = {i: i * i for i in range(5)}
print(sorted(k for k in d))
print(sorted(d.values()), sum(d.values()))
for k, v in sorted(d.items()):
    print(k, v, end="; ")
print()
ks = d.keys()
d[10] = 100
print(len(ks), 10 in ks)
print(list(iter({})))
