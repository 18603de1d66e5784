# yield from a Python iterator: its StopIteration's value is the result; other exceptions pass through
class Counter:
    def __init__(self, n, result):
        self.i = 0
        self.n = n
        self.result = result
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            if self.result is None:
                raise StopIteration
            raise StopIteration(self.result)
        return self.i

def deleg(n, result):
    r = yield from Counter(n, result)
    print("result", r)
    return r

print(list(deleg(3, "done")))
print(list(deleg(0, 42)))
print(list(deleg(2, None)))

def outer():
    r = yield from deleg(1, ("t", 1))
    yield r

print(list(outer()))

class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("k")

def g():
    yield from Broken()

try:
    list(g())
except KeyError as e:
    print("KeyError", e)
