l = [4, -2, 7, 0]
print(len(l), min(l), max(l), sum(l), sorted(l), list(reversed(l)))
print(any(l), all(l), list(enumerate(l)), list(zip(l, "abcd")))
print(list(map(abs, l)), list(filter(None, l)), list(filter(lambda x: x > 0, l)))
print(l[::-1] == list(reversed(l)))
