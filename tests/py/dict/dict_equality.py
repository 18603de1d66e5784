print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 2} != {1: 3}, {} == {})
print({1: [1, 2]} == {1: [1, 2]}, {1: 1} == {1.0: 1.0})
try:
    {1: 2} < {1: 3}
except TypeError:
    print("TypeError")
print({"a": 1} == [("a", 1)])
