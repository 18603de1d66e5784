# range() as a for-loop header, which the VM builds without the argument array and recycles when the loop ends:
# nested loops, early exits, exceptions, generators, stored ranges and every argument form.
def nested(n):
    out = []
    for i in range(n):
        for j in range(i, n):
            for k in range(j, -1, -2):
                out.append(i * 100 + j * 10 + k)
    return out
print(nested(4))
print(sum(nested(7)), len(nested(7)))

def early(n):
    hits = []
    for i in range(n):
        for j in range(n):
            if j == i:
                break
            if (i + j) % 3 == 0:
                continue
            hits.append((i, j))
        else:
            hits.append('no-break')
    return hits
print(early(5))

def ret(n):
    for i in range(n):
        if i == 3:
            return i
print(ret(10), ret(2))

def raising(n):
    try:
        for i in range(n):
            if i == 2:
                raise ValueError(i)
    except ValueError as e:
        return 'caught', e.args
print(raising(5))
for _ in range(20):
    raising(5)
print([i for i in range(5)], list(range(3, 0, -1)))

def gen(n):
    for i in range(n):
        yield i * i
g1 = gen(5)
g2 = gen(3)
print(next(g1), next(g2), next(g1), list(g2), list(g1))

r = range(4)
for a in r:
    pass
for b in r:
    pass
print(a, b, r, list(r), r[1], len(r))
rs = [range(i) for i in range(4)]
print(rs, [list(x) for x in rs])

print([i for i in range(True)], [i for i in range(False, True + 2)], list(range(2 ** 40, 2 ** 40 + 3)))
print(list(range(-3)), list(range(5, 1)), list(range(0, 10, 3)), list(range(10, 0, -4)))
big = 2 ** 62
for i in range(big, big + 2):
    print(i)
start = 7
for i in range(start, start + 2):
    print('g', i)
for bad in ((1.5,), ('3',), (1, 2, 0), (), (1, 2, 3, 4)):
    try:
        for i in range(*bad):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    for i in range(stop=3):
        pass
except TypeError as e:
    print('TypeError', e)
def shadow():
    range = lambda n: [n, n]
    return [x for x in range(3)]
print(shadow())
