sq = lambda x: x * x
print(sq(4))
add = lambda a, b=1: a + b
print(add(1), add(1, 2))
print((lambda: "none")())
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k))(z=1, a=2))
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda x: x + 1, [1, 2])))
f = lambda x: (lambda y: x * y)
print(f(3)(4))
print((lambda x, *, y: x + y)(1, y=2))
print(type(sq).__name__)
print((lambda: (yield 1)) is not None)
