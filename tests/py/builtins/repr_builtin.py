print(repr(1), repr(1.5), repr("s"), repr(b"b"), repr([1, "a"]), repr((1,)), repr({1: "a"}), repr(None), repr(True))
print(repr(2 ** 70), repr(-0.0), repr(1e100), repr(""), repr("\n"), repr(1j))
class A:
    def __repr__(self): return "<A>"
print(repr(A()), repr([A(), A()]), repr({"a": A()}))
print(repr(range(3)), repr(slice(1, 2)), repr(bytearray(b"x")), repr(frozenset()) )
print(repr(int), repr(ValueError("x")), repr(...))
