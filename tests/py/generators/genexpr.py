g = (x * x for x in range(5))
print(type(g).__name__)
print(list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((x, y) for x in range(2) for y in "ab"))
print(list(x for x in range(10) if x % 3 == 0))
print(sorted(x for x in {3, 1, 2}))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, 0]))
n = 3
g2 = (i * n for i in range(3))
n = 10
print(list(g2))
print("".join(c.upper() for c in "abc"))
