a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
def f():
    return 1, 2
x, y = f()
print(x + y)
t = 1,
print(t, len(t))
(a, b), = [(5, 6)]
print(a, b)
try:
    a, b = (1,)
except ValueError as e:
    print("ValueError")
