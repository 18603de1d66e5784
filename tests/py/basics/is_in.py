a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None)
print(1 in a, 3 in a, 3 not in a)
print("b" in "abc", "bc" in "abc", "" in "abc", "x" not in "abc")
print(1 in (1, 2), 1 in {1: 2}, 2 in {1: 2}, 1 in {1})
print(1 in range(3), 5 in range(0, 10, 5), 6 in range(0, 10, 5))
class C:
    def __contains__(self, x):
        return x == 42
print(42 in C(), 1 in C())
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
try:
    1 in 5
except TypeError:
    print("TypeError")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError")
