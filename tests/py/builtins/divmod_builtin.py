for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2 ** 70, 3), (7.5, 2), (-7.5, 2), (7, 0.5)]:
    print(a, b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod(1.0, 0.0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
