# sum() over a generator takes its ints unboxed; every kind of item still adds as Python says.
def ints(n):
    for i in range(n):
        yield i * i


def mixed():
    yield 1
    yield 2.5
    yield 3


def big():
    yield 2 ** 62
    yield 2 ** 62
    yield 2 ** 62
    yield -5


def floats():
    x = 0.5
    for i in range(4):
        yield x
        x *= 3


def bad():
    yield 1
    yield "two"


def raises():
    yield 1
    raise ValueError("inside")


def delegating():
    yield from ints(4)
    yield from (k for k in [10, 20])
    r = yield from returns()
    yield r


def returns():
    yield 7
    return 100


print(sum(ints(100)), sum(ints(0)), sum(ints(5), 1000), sum(ints(3), 0.5))
print(sum(mixed()), sum(big()), sum(floats()), sum(x for x in range(10) if x % 3 == 0))
print(sum(delegating()), sum(True for _ in range(3)), sum((i % 2 == 0 for i in range(7))))
print(sum((x for x in [2 ** 63 - 1, 1])), sum(x * -1 for x in range(5)), sum(-(2 ** 63) for _ in range(2)))
for g in (bad(), raises()):
    try:
        print(sum(g))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = ints(3)
print(sum(g), sum(g), list(g))
nested = sum(sum(ints(k)) for k in range(5))
print(nested)
