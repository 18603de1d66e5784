tests = [
    lambda: [1][5],
    lambda: {}['k'],
    lambda: undefined_name,
    lambda: 'a' + 1,
    lambda: int('x'),
    lambda: [].pop(),
    lambda: None.attr,
    lambda: (1).nope,
    lambda: len(5),
    lambda: 1 / 0,
    lambda: [1, 2].index(5),
    lambda: {1, 2}.remove(3),
    lambda: next(iter([])),
    lambda: float('abc'),
    lambda: 'abc'.index('z'),
    lambda: tuple()[0],
    lambda: range(3)[10],
    lambda: {}.popitem(),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    raise OSError(2, 'nf')
except OSError as e:
    print(e.args, e.errno)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RuntimeError as e:
    print('RuntimeError')
