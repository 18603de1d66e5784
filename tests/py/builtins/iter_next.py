it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
print(next(iter("x")), next(iter({5: 6})), next(iter((7,))))
it2 = iter(it)
print(it2 is it)
try:
    iter(5)
except TypeError:
    print("TypeError")
try:
    next([1])
except TypeError:
    print("TypeError")
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(It()), next(It(), "default"))
