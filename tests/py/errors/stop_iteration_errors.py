try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
def g():
    return 5
    yield
try:
    next(g())
except StopIteration as e:
    print("StopIteration value", e.value)
it = iter([1])
print(next(it), next(it, "default"))
