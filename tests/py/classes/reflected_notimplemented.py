class A:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, A):
            return A(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        return A(self.v + o * 100)
    def __eq__(self, o):
        if not isinstance(o, A):
            return NotImplemented
        return self.v == o.v
    def __repr__(self): return "A(%d)" % self.v
print(A(1) + A(2), 3 + A(1))
try:
    A(1) + 3
except TypeError:
    print("TypeError")
print(A(1) == A(1), A(1) == 1, 1 == A(1), A(1) != 1)
class B:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "B.gt"
print(1 < B() if False else B() > 1)
try:
    A(1) - A(2)
except TypeError:
    print("TypeError")
class OnlyR:
    def __rsub__(self, o): return "rsub " + str(o)
    def __rmul__(self, o): return "rmul " + str(o)
print(5 - OnlyR(), "x" * 0 + str(2 * OnlyR()))
print(NotImplemented is NotImplemented, type(NotImplemented).__name__)
