class Reader:
    def __init__(self, data):
        self.data = list(data)
    def __call__(self):
        return self.data.pop(0) if self.data else ""
print(list(iter(Reader("abc"), "")))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
it = iter(int, 1)
print(next(it), next(it))
try:
    iter(5, 0)
except TypeError:
    print("TypeError")
