print(list(range(3)), list(range(1, 4)), list(range(1, 10, 4)), type(range(1)).__name__)
print(range(10)[3], len(range(3, 30, 3)), list(range(-2, 2)))
try:
    range()
except TypeError:
    print("TypeError")
try:
    range("1")
except TypeError:
    print("TypeError")
