def f(*a, **k):
    return a, sorted(k.items())
l = [1, 2]
d = {"x": 1}
print(f(*l))
print(f(0, *l))
print(f(*l, **d))
print(f(*"ab") if True else 0)
print(f(**d, y=2))
print([*l] if True else 0)
print(f(*range(3)))
print(f(*(), **{}))
try:
    f(**{1: 2})
except TypeError:
    print("TypeError")
try:
    f(*5)
except TypeError:
    print("TypeError")
