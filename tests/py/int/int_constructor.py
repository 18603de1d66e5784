print(int(), int(3.9), int(-3.9), int(True), int(1e20))
print(int(2.5), int(-0.5), int("10"), int(b"12" if False else "12"))
print(int(123456789012.0), int(1.5e30))
class HasInt:
    def __int__(self):
        return 7
print(int(HasInt()))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    int([1])
except TypeError:
    print("TypeError")
try:
    int(None)
except TypeError:
    print("TypeError")
