s = "0123456789"
for sl in [(None, None, -1), (8, 2, -2), (-1, -5, -1), (None, 3, -1), (3, None, -1), (100, -100, -3), (2, 8, -1), (-3, None, -2)]:
    print(sl, s[slice(*sl)], list(range(10))[slice(*sl)])
