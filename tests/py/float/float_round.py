print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.23456, 3), round(-1.5), round(123.456, -1))
print(round(1e20), round(0.1, 5), round(5.0, 0), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(round(7.0 / 3, 4), round(1234.5678, -2))
try:
    round(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    round(float("nan"))
except ValueError:
    print("ValueError")
