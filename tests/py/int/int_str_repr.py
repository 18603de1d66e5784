for v in [0, -1, 123, 10 ** 18, 10 ** 19, 2 ** 63, -2 ** 63, 2 ** 64, 3 ** 200, -10 ** 50]:
    print(str(v), repr(v), len(str(v)))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 40 + 1))
print(hex(-255), oct(-8), bin(-5))
print(str(10 ** 100)[:20], str(10 ** 100)[-3:])
