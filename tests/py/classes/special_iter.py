class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(4)))
for x in Count(2):
    print(x)
print(sum(Count(10)))
c = Count(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration:
    print("StopIteration")
class GenIter:
    def __iter__(self):
        yield "a"
        yield "b"
print(list(GenIter()), "b" in GenIter())
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldSeq()))
