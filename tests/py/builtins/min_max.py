print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"), min((1,)))
print(min([3, -5, 2], key=abs), max(["aa", "b", "ccc"], key=len), max([], default="empty"), min([], default=None))
print(max(1, 2.5), min(-1, -1.0), max([[1, 2], [1, 3]]), min("b", "a", key=str.upper))
print(max(range(10), key=lambda x: (x % 3, x)))
print(max([1, 3, 3], key=lambda x: x) , max([(1, "a"), (1, "b")], key=lambda t: t[0]))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
