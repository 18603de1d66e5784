x = 10
g = (x + i for i in range(3))
print(list(g))
def f():
    y = 5
    return list(y * i for i in range(3))
print(f())
class A:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
print(A.doubled)
gen = (i for i in range(3))
print(next(gen), list(gen))
try:
    (1 / i for i in [0])
    print("lazy ok")
except ZeroDivisionError:
    print("eager")
