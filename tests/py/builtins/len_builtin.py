print(len(""), len("abc"), len([1]), len(()), len({1: 2}), len({1, 2}), len(b"ab"), len(bytearray(3)), len(range(5)))
print(len("日本"), len(frozenset([1])), len(memoryview(b"abc")))
class L:
    def __len__(self): return 5
print(len(L()))
for bad in [1, 1.5, None, len, iter([])]:
    try:
        len(bad)
    except TypeError:
        print("TypeError")
class Big:
    def __len__(self): return "x"
try:
    len(Big())
except TypeError:
    print("TypeError")
