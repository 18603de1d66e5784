class A: pass
print(type(A()) is A, type(1) is int, type("") is str, type(None).__name__)
print(type(type).__name__, type(int).__name__)
B = type("B", (A,), {"x": 5, "f": lambda self: self.x * 2})
b = B()
print(B.__name__, b.x, b.f(), isinstance(b, A))
print(type(3.0).__name__, type([]).__name__, type(()).__name__, type({}).__name__)
print(type(len).__name__ in ("builtin_function_or_method", "function"))
