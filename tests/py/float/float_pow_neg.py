print((-8) ** (1 / 3) if False else "skip")
print((-2.0) ** 2, (-2.0) ** 3, 2.0 ** -3, 0.0 ** 0, 0.0 ** 5)
try:
    0.0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
print(pow(2.0, 3), pow(4, 0.5), pow(-1.0, 2))
print(type((-8.0) ** 0.5).__name__)
print(1.5 ** 2, 10 ** -1, 2.0 ** 0.5 * 2.0 ** 0.5)
