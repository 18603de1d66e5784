d = {}
for i in range(5000):
    d[i] = str(i)
print(len(d), d[1234], d[4999])
for i in range(0, 5000, 2):
    del d[i]
print(len(d), 2 in d, 3 in d)
s = {}
for w in ("a b c a b a " * 100).split():
    s[w] = s.get(w, 0) + 1
print(sorted(s.items()))
d2 = {str(i): i for i in range(1000)}
print(sum(d2.values()), d2["999"])
