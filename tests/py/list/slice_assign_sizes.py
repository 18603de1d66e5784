# Slice assignment with sources of the same, smaller and larger size, from the list itself (also reversed),
# another list or a tuple: the items replaced, the tail kept in place or moved.
def run():
    out = []
    for n in (0, 1, 3, 6):
        for a in (-7, -2, 0, 1, 4, 9):
            for b in (-7, -1, 0, 2, 5, 9):
                for kind in range(5):
                    l = list(range(n))
                    if kind == 0:
                        l[a:b] = l
                    elif kind == 1:
                        l[a:b] = l[b::-1]
                    elif kind == 2:
                        l[a:b] = l[a:b]
                    elif kind == 3:
                        l[a:b] = [10, 11, 12][:max(0, b - a)]
                    else:
                        l[a:b] = (20, 21)
                    out.append(l)
    return out


res = run()
print(len(res))
for i in range(0, len(res), 12):
    print(res[i:i + 12])

p = [3, 1, 2, 0]
k = p[0]
flips = 0
while k:
    p[:k + 1] = p[k::-1]
    flips += 1
    k = p[0]
print(p, flips)
