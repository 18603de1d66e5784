# for loops over range(a) and range(a, b) in functions (compiled ahead of time: the loop counts in its own locals)
def one(n):
    out = []
    for i in range(n):
        out.append(i)
    return out

def two(a, b):
    return [i for i in range(a, b)] + [0] + list(i for i in range(a, b))

def loop2(a, b):
    t = 0
    for i in range(a, b):
        t += i
    return t

def nested(n):
    t = []
    for i in range(n):
        for j in range(i):
            if j == 2:
                break
            t.append((i, j))
        else:
            continue
    return t

def rec(n):
    s = 0
    for i in range(n):
        s += rec(i) + 1
    return s

print(one(0), one(-3), one(4), one(True))
print(two(2, 6), two(5, 1), two(-3, 0))
print(loop2(0, 10), loop2(2 ** 62, 2 ** 62 + 3), loop2(-2 ** 63, -2 ** 63 + 2))
print(nested(5), rec(6))
try:
    one(2.0)
except TypeError:
    print('TypeError float')
try:
    loop2(0, '3')
except TypeError:
    print('TypeError str')
def near_limit():
    n = 0
    for i in range(2 ** 63 - 3, 2 ** 63 - 1):
        n += i - (2 ** 63 - 4)
    return n
print(near_limit())

def shadow():
    range = lambda *a: ['local', a]
    return [x for x in range(3)]
print(shadow())
real_range = range
def glob():
    out = []
    for i in range(3):
        out.append(i)
    return out
range = lambda *a: ('global', a)
print(glob())
del range
print(glob())

def step_and_reuse(n):
    out = []
    for k in range(2):
        for i in range(n):
            if i == 1:
                break
            out.append((k, i))
        for i in range(k, n):
            out.append(i)
    r = range(n)
    for i in r:
        out.append(-i)
    return out
print(step_and_reuse(3))
