print(complex(1, 2), complex("2+3j"), complex(1.5), dict(a=1) == {"a": 1}, float("2.5"), float(3))
print(type(complex(1)).__name__, type(dict()).__name__, type(float()).__name__, float())
print(list(dict([(1, 2)]).items()), frozenset({1}) == {1})
