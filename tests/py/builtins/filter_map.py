print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(map(str, range(3))), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3], [3, 2])), list(map(len, ["a", "bb"])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2")
print("".join(f))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
try:
    list(map(abs, 5))
except TypeError:
    print("TypeError")
try:
    list(map(5, [1]))
except TypeError:
    print("TypeError")
