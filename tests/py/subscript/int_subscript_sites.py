# List subscripts with int items and indexes in functions (compiled ahead of time): small int items read unboxed,
# stores boxing ints, augmented item assignment, and the receivers and values that take the general path.


class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10


def reads(l):
    out = []
    for i in range(len(l)):
        k = l[i]
        try:
            out.append((k, k + 1, type(k).__name__))
        except TypeError:
            out.append((k, type(k).__name__))
    return out


def arith(l):
    k = l[0]
    s = 0
    while k:
        s += k
        k = l[k]
    d = l[1] - l[2]
    return s, d, l[4] // 2, l[0] > 0, l[1] == 1, d < 0


def identity(l):
    out = []
    for i in range(len(l)):
        a = l[i]
        out.append(a is l[i])
    l[1] = l[0]
    y = l[2]
    l[3] = y
    return out, l[1] is l[0], l[3] is l[2], l[4] is True


def errors(l):
    out = [l[-1], l[-len(l)]]
    for i in (len(l), -len(l) - 1):
        try:
            out.append(l[i])
        except IndexError as e:
            out.append(str(e))
        try:
            l[i] = 1
        except IndexError as e:
            out.append(str(e))
    return out


def stores(n):
    l = [0] * 6
    l[0] = n
    l[1] = n * 1000
    l[2] = -n
    l[3] = 2 ** 64 + n
    l[4] = n / 2
    l[-1] = True
    return l, [type(x).__name__ for x in l]


def augmented(n, i):
    l = [3, 256, -5, 2 ** 62, 1.5, 'a', True]
    for j in range(len(l)):
        try:
            l[j] += n
        except TypeError:
            l[j] += 'b'
    l[i] -= n
    l[-1] ^= 7
    try:
        l[20] -= 1
    except IndexError as e:
        l.append(str(e))
    return l


def others(i):
    d = {0: 1, 1: 2}
    d[i] += 1
    t = (4, 5, 6)
    b = bytearray(b'xyz')
    b[i] += 1
    sub = L([1, 2, 3])
    sub[i] += 1
    return d, t[i] + 1, 'abc'[i], b, sub[i], list(sub), range(3, 9)[i] + 1


def counts():
    count = [0] * 5
    r = 5
    while r != 1:
        count[r - 1] = r
        r -= 1
    n = 0
    while count[4] > 0:
        count[4] -= 1
        n += 1
    return count, n


def closure(n):
    cols = [0, 3, 1, 4, 2]
    total = 0

    def ok(row, c):
        nonlocal total
        for r in range(row):
            d = cols[r] - c
            if d == 0 or d == row - r:
                return False
            total += d
        return True
    return [ok(n, c) for c in range(5)], total


def appends(n):
    l = []
    for x in (n, n * 100, -n, 2 ** 64, n / 2, True, None):
        l.append(x)
    c = [x for x in (n, n * 100, -6, 2 ** 63, 0.5, False)]
    return l, c, l[0] is c[0], [type(x).__name__ for x in l + c]


print(appends(3))
print(reads([1, -5, 256, 257, -6, 2 ** 40, 2 ** 64, True, False, 2.5, 'x']))
print(arith([2, 1, 3, 0, 7]))
print(identity([5, 256, 257, -5, True, -6, 2 ** 70, False, None]))
print(errors([1, 2, 3]))
print(stores(7))
print(augmented(2, 1))
print(others(1))
print(counts())
print(closure(5), closure(3))
