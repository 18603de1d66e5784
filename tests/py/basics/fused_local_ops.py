# Local loads followed by an operator, and loop back edges into FOR_ITER, run as fused instructions.

def arith(a, b, c):
    r = a + b * c
    r = r - a
    r = r // b if b else r
    s = a * 1.5 + c
    t = "x" + str(a) + "y"
    return r, s, t, a ** b, a % c, a << b, a | c, a & c, a ^ c


print(arith(3, 4, 5))
print(arith(-7, 0, 2))
print(arith(2 ** 62, 3, 7))


def inplace():
    lst = [1]
    alias = lst
    ext = [2, 3]
    lst += ext
    print(lst, alias, lst is alias)
    tup = (1,)
    alias_t = tup
    tup += (2,)
    print(tup, alias_t, tup is alias_t)
    n = 10
    k = 3
    n -= k
    n *= k
    n //= k
    n **= k
    print(n)
    s = "ab"
    t = "cd"
    s += t
    print(s)


inplace()


def bad(a, b):
    try:
        return a + b
    except TypeError as e:
        return "TypeError"


print(bad(1, "x"), bad([1], (2,)), bad(None, None))


def loops():
    out = []
    for i in range(6):
        if i == 1:
            continue
        if i == 4:
            break
        for j in [10, 20]:
            if j == 20 and i == 2:
                continue
            out.append(i + j)
        else:
            out.append(-i)
    else:
        out.append("never")
    for ch in "ab":
        out.append(ch)
    for k in {"z": 1}:
        out.append(k)
    i = 0
    while i < 3:
        for x in (i,):
            out.append(x * 100)
        i += 1
    return out


print(loops())


def gen(n):
    for i in range(n):
        yield i * i


def consume():
    total = 0
    for v in gen(5):
        total += v
    for v in gen(0):
        total += 1000
    return total


print(consume(), [x + 1 for x in gen(4)])


class C:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return C(self.v + other.v)

    def __iadd__(self, other):
        self.v += other.v * 10
        return self


def objs():
    a = C(1)
    b = C(2)
    c = a + b
    d = a
    d += b
    return c.v, a.v, d is a


print(objs())


def small_consts(x):
    return (x + 1, x - -5, x * -1, x // 3, x % 7, x << 2, x >> 1, x & 127, x | -128, x ^ 100,
            x < 127, x <= -128, x > 128, x >= -129, x == 100, x != 0, 3 - x, 2 ** 3 + x)


def float_consts(x):
    return (x + 1, x - -5, x * -1, x // 3, x % 7, x < 127, x >= -129, x == 100, 3 - x)


for v in (0, 100, -128, 127, 128, -129, 2 ** 63 - 1, -2 ** 63, 10 ** 20, True):
    print(small_consts(v))
for v in (1.5, -0.0, 100.0, 1e300):
    print(float_consts(v))
print([k for k in range(300) if k % 100 == 0 and k > 50])
try:
    print("a" + 1)
except TypeError:
    print("TypeError")
try:
    print(None < 1)
except TypeError:
    print("TypeError")


class Acc:
    def __init__(self):
        self.log = []

    def __iadd__(self, k):
        self.log.append(k)
        return self

    def __add__(self, k):
        return "add"


acc = Acc()
a2 = acc
acc += 1
acc += -3
print(acc is a2, acc.log, acc + 5)
lst = [1]
try:
    lst += 1
except TypeError as e:
    print("TypeError", e)
counts = {"a": 1}
counts["a"] += 1
counts["a"] -= 100
n = 2 ** 62
n += 127
n *= -128
print(counts, n)
