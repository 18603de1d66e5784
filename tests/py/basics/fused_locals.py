# Pairs of local-variable instructions the compiler fuses (load+load, store+load, load+attribute,
# load+method), next to jump targets and line breaks where it must not fuse.


class P:
    def __init__(self, x):
        self.x = x

    def twice(self):
        return self.x * 2


def pairs(a, b):
    c = a; d = c
    e = a + b + c + d
    p = P(e)
    q = p.x + p.twice() + len((a, b, c, d))
    return c, d, e, q


print(pairs(1, 2))
print(pairs(1.5, -2))


def loop(n):
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    j = 0
    for k in range(n):
        j = k if k % 2 else j
        t = j; j = t
    return total, j, i


print(loop(10), loop(0))


def branches(a, b):
    r = a and b
    s = a or b
    t = (a if b else a) + b
    return r, s, t


print(branches(0, 5), branches(3, 4))


def unbound_first():
    x = y
    y = 1
    return x


def unbound_second():
    a = 1
    b = a, c
    c = 2
    return b


def unbound_attr():
    v = o.x
    o = P(1)
    return v


def unbound_method():
    v = o.twice()
    o = P(1)
    return v


def unbound_after_del(a):
    b = a
    del a
    return b + a


def unbound_binop():
    x = 1
    y = x + z
    z = 2
    return y


def unbound_compare():
    if 1 < w:
        return 0
    w = 1


for fn in (unbound_first, unbound_second, unbound_attr, unbound_method, unbound_binop, unbound_compare):
    try:
        fn()
    except UnboundLocalError:
        print(fn.__name__, 'UnboundLocalError')
try:
    unbound_after_del(1)
except UnboundLocalError:
    print('after del', 'UnboundLocalError')


def across_lines(a):
    b = (a,
         a)
    return b


print(across_lines(7))


def attr_error(p):
    return p.nope


try:
    attr_error(P(1))
except AttributeError as e:
    print('AttributeError', 'nope' in str(e))


def many_locals():
    l0 = l1 = l2 = l3 = l4 = l5 = l6 = l7 = 1
    s = l0 + l1 + l2 + l3 + l4 + l5 + l6 + l7
    return s


print(many_locals())


def mixed(a, b, s):
    r = []
    for k in range(4):
        r.append((1 + a, 2 * b, s + 'x', 3 < a, 'y' == s, k in (a, b), k not in (a,), None is a))
        a = a - k
    return r


print(mixed(3, 2.5, 's'))
