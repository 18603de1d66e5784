print(str(), str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}))
print(str("x"), str(b"ab"), str(-0.0), str(2 ** 70), str(1 + 2j))
class A:
    def __str__(self): return "A!"
print(str(A()), str(str), str(int) == "<class 'int'>")
print(str(b"\xc3\xa9", "utf-8"), str(bytearray(b"hi"), "ascii"))
print(issubclass(UnicodeError, ValueError))
