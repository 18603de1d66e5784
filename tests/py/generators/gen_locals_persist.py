def g():
    a = 1
    b = [a]
    while a < 100:
        a *= 3
        b.append(a)
        yield list(b)
for s in g():
    print(s)
def counter(start):
    c = start
    while True:
        step = yield c
        c += step if step else 1
x = counter(10)
print(next(x), x.send(5), next(x), x.send(-20))
