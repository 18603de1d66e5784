class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class L2:
    def __len__(self):
        return 3
class N: pass
for v in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, T(), L(), L2(), N(), 0j, range(0), range(1), b"", b"\x00"]:
    print(bool(v), end=" ")
print()
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError:
    print("TypeError")
