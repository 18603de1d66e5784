class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, A), issubclass(A, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", str), isinstance([], (list, tuple)))
print(isinstance(A, type), isinstance(int, type), type(A).__name__)
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError")
