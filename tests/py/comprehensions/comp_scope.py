x = "outer"
l = [x for x in range(3)]
print(x, l)
def f():
    n = 3
    return [i * n for i in range(n)]
print(f())
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
class C:
    items = [1, 2, 3]
    total = sum([i for i in items])
print(C.total)
y = 2
print([y * z for z in range(3)])
