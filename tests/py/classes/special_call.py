class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, y=0): return self.n + x + y
a = Adder(10)
print(a(1), a(1, 2), a(x=3, y=4), callable(a))
class NotCallable: pass
print(callable(NotCallable()), callable(NotCallable))
try:
    NotCallable()()
except TypeError:
    print("TypeError")
print(list(map(Adder(100), [1, 2])))
