print(hash(1), hash(-5), hash(0), hash(True), hash(False))
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1))
print(hash(None) == hash(None), type(hash("x")).__name__)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, type(id(a)).__name__)
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
class H:
    def __hash__(self): return 123
print(hash(H()))
