l = [1]
l.append(l)
print(l)
d = {"a": 1}
d["self"] = d
print(d)
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(deep)[:20], len(str(deep)))
