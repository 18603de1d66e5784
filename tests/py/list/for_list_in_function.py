# for loops in functions over lists (compiled code steps a list inline): the same loop entered again with another
# list, a range, a tuple or a generator; a list changed while it is iterated; break, continue and nested loops.
def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out


def grow(l):
    n = 0
    for x in l:
        if len(l) < 6:
            l.append(x * 10)
        n += 1
    return n, l


def shrink(l):
    seen = []
    for x in l:
        seen.append(x)
        if l:
            l.pop()
    return seen, l


def nested(rows):
    total = 0
    for row in rows:
        for v in row:
            if v < 0:
                break
            if v == 0:
                continue
            total += v
    return total


def gen(n):
    for i in range(n):
        yield i * i


for seq in [[1, 2, 3], [], range(4), (7, 8), gen(4), "ab", [[1], 2.5, None], list(range(3))]:
    print(walk(seq))
print(grow([1, 2]))
print(shrink([1, 2, 3, 4, 5]))
print(nested([[1, 2, 0, 3], [4, -1, 99], [], [5]]))
l = [3, 1, 2]
print(walk(l), walk(l), walk(sorted(l)))
