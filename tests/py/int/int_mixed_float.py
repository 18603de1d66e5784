print(1 + 1.5, 2 * 0.5, 10 / 4, 10 // 4.0, 10 % 4.0, 2 ** 0.5)
print(2 ** 100 + 0.5, 2 ** 100 * 1.0)
print(7 // 2.0, -7 // 2.0, 7 % -2.0)
print(type(1 + 1.0).__name__, type(2 ** 70 / 1).__name__)
print(10 ** 30 / 10 ** 10)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 / 1.0
except OverflowError:
    print("OverflowError")
