def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
g = count(2)
print(type(g).__name__)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(g))
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
print(iter(g) is g)
