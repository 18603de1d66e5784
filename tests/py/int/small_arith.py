for a in (7, -7, 0, 1, 100):
    for b in (3, -3, 1, 7):
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
