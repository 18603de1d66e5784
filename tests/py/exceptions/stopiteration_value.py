def g():
    yield 1
    return "retval"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
try:
    next(iter([]))
except StopIteration as e:
    print("empty", e.args)
