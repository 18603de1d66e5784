class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)
n = None
for i in range(100):
    n = Node(i, n)
print(n.total())
class Loop:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Loop().a
except RuntimeError:
    print("RuntimeError")
