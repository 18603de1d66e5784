l = []
for i in range(10000):
    l.append(i * 2)
print(len(l), l[5000], sum(l))
l2 = l[::100]
print(len(l2), l2[:5])
while len(l) > 10:
    l.pop()
print(l)
print(len([0] * 100000))
