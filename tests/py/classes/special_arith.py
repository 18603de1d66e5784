class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __sub__(self, o): return N(self.v - o.v)
    def __mul__(self, o): return N(self.v * o)
    def __rmul__(self, o): return N(self.v * o * 10)
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __lshift__(self, o): return N(self.v << o)
    def __rshift__(self, o): return N(self.v >> o)
    def __repr__(self): return "N(%r)" % (self.v,)
a = N(6)
print(a + N(1), a + 2, 3 + a, a - N(2), a * 2, 2 * a)
print(a / 4, a // 4, a % 4, a ** 2)
print(-a, +a, abs(N(-3)), ~a)
print(a & 3, a | 1, a ^ 5, a << 2, a >> 1)
print(sum([N(1), N(2)], N(0)))
try:
    a - 1
except AttributeError:
    print("AttributeError")
try:
    "x" - a
except TypeError:
    print("TypeError")
