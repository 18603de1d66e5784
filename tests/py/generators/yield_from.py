def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def flatten(l):
    for x in l:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
def from_iter():
    yield from range(3)
    yield from "ab"
    yield from (x * x for x in range(3))
print(list(from_iter()))
