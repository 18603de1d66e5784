print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1)
print(1 == 1 != 2)
print(1 < 2 > 0)
def f(x):
    print("eval", x)
    return x
print(f(1) < f(2) < f(0) < f(5))
print(1 <= 1 >= 1)
print("a" < "b" < "c")
print([1] < [1, 0] < [2])
print((1, 2) < (1, 3))
x = 5
print(0 < x <= 5, 0 < x < 5)
print(2 in [1, 2] in [[1, 2]])
try:
    print(1 < "a")
except TypeError:
    print("TypeError")
