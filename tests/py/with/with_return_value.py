class CM:
    def __enter__(self): return [1, 2]
    def __exit__(self, *a): return None
def f():
    with CM() as lst:
        lst.append(3)
        return lst
print(f())
def g():
    for i in range(5):
        with CM():
            if i == 2:
                return i
print(g())
with CM() as (a, b):
    print(a, b)
