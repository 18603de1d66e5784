def gen(a, *b, c=3, **d):
    yield a
    yield b
    yield c
    yield sorted(d.items())
print(list(gen(1, 2, c=4, e=5)))
print(list(gen(0)))
