a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (1, 2)
print(a)
first, *rest = "hello"
print(first, rest)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for x, *y in [(1, 2, 3), (4,), (5, 6)]:
    print(x, y)
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError")
