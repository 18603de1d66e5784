print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed([])), "".join(reversed("hello")))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())))
class Rev:
    def __reversed__(self): return iter("custom")
print(list(reversed(Rev())))
try:
    reversed(5)
except TypeError:
    print("TypeError")
try:
    reversed({1, 2})
except TypeError:
    print("TypeError")
