class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
class Rng:
    def __init__(self, n): self.n = n
    def items(self):
        for i in range(self.n):
            yield i * 10
print(list(Rng(3).items()))
