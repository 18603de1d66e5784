print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(type(1) is int, type(1.0) == float, type(True) is bool, type(b"") is bytes)
X = type("X", (), {"a": 1})
print(X.__name__, X().a, type(X()).__name__)
try:
    type(1, 2)
except TypeError:
    print("TypeError")
