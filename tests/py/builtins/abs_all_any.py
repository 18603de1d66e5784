print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-2 ** 70), abs(3 + 4j), abs(True))
class A:
    def __abs__(self): return "abs!"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all(x > 0 for x in [1, 2]))
print(any([]), any([0, 0]), any([0, 1]), any(""), any(iter([None, ""])))
try:
    all(5)
except TypeError:
    print("TypeError")
