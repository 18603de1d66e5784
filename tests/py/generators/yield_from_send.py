def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    r = yield from inner()
    yield "result %d" % r
g = outer()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(None))
def thrower():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
def deleg():
    yield from thrower()
d = deleg()
next(d)
print(d.throw(ValueError))
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def dc():
    yield from closer()
c = dc(); next(c); c.close()
