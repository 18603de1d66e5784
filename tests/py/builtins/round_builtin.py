print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(3.14159, 0), round(2.675, 2), round(1234.5678, -2), round(-1.005, 2))
print(round(10), round(15, -1), round(25, -1), round(-15, -1), round(2 ** 70 + 5, -1))
print(type(round(1.2)).__name__, type(round(1.2, 0)).__name__, type(round(5, 2)).__name__)
class R:
    def __round__(self, n=None): return "rounded"
print(round(R()))
try:
    round("x")
except TypeError:
    print("TypeError")
