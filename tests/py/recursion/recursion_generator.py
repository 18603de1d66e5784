def gen(n):
    if n > 0:
        yield n
        yield from gen(n - 1)
print(list(gen(30)))
def inf():
    yield from inf()
try:
    next(inf())
except RuntimeError:
    print("RuntimeError")
