def g():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield "handled " + str(e)
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
try:
    next(it)
except StopIteration:
    print("exhausted")
def fresh():
    yield 1
f = fresh()
try:
    f.throw(TypeError("t"))
except TypeError:
    print("throw before start raises")
def cls():
    try:
        yield 1
    except IndexError:
        yield "idx"
c = cls()
next(c)
print(c.throw(IndexError))
