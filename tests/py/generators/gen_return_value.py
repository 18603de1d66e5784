def g():
    yield 1
    return 99
def wrap():
    v = yield from g()
    return v * 2
it = wrap()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def noret():
    yield 1
n = noret(); next(n)
try:
    next(n)
except StopIteration as e:
    print(e.value, e.args)
