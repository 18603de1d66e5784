class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return self.v == o.v
s = {H(1), H(4), H(1)}
print(len(s))
d = {H(2): "two"}
print(d[H(2)])
class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
print(bool(B(True)), bool(B(False)), "yes" if B(True) else "no")
class L:
    def __len__(self): return 7
print(len(L()), bool(L()))
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError:
    print("ValueError")
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
    print("hashable")
except TypeError:
    print("TypeError")
