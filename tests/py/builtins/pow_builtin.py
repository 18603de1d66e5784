print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, 4, 5), pow(10, 100, 7), pow(-1, 5, 3), pow(2, 2 ** 70, 1000))
print(pow(2 ** 70, 2, 10 ** 9 + 7), pow(5, 0, 1))
for a in [(2, 3, 0), (2.0, 3, 4), (2, "x")]:
    try:
        pow(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
