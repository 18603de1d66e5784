# What a generator compiled ahead of time (tests/aot/run) must keep across its yields: locals written between
# yields, value-stack slots live under a yield (for-loop iterators, operands of an expression around the yield,
# call arguments), sent values, and what throw()/close() see at the suspension point.


def nested(rows, n):
    # Two loops (a list and a range iterator live under the yield) and an accumulator written between yields.
    total = 0
    for r in rows:
        for i in range(n):
            total += r * i
            yield r, i, total
    yield "total", total


print(list(nested([1, 2, 3], 3)))


def operand_live(a):
    # The yield's value is used inside an expression: a and the partial sum sit on the stack across it.
    x = a + (yield a) * 2
    y = [x, (yield x), x + 1]
    return y


g = operand_live(5)
print(next(g))
print(g.send(10))
try:
    g.send("s")
except StopIteration as e:
    print("returned", e.value)


def call_args():
    # The callee and its first argument are on the stack while the second yield waits.
    print("args", (yield 1), (yield 2))
    yield 3


g = call_args()
print(next(g), g.send("a"), g.send("b"))
print(list(g))


def floats(n):
    x = 0.5
    for i in range(n):
        x = x * 1.5 + i
        yield x
    yield 2 ** 70
    yield -(2 ** 62) * 4


print(list(floats(4)))
print(sum(floats(3)))


def chain(it, k):
    for v in it:
        if v % k:
            yield v * v


def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(list(chain(chain(source(20), 2), 3)))
print(sum(chain(source(50), 7)))
print(sum(x for x in chain(source(30), 2) if x > 10))
for v in chain(source(10), 3):
    if v > 20:
        break
    print("v", v)


def tree(node):
    if node is None:
        return
    left, value, right = node
    for v in tree(left):
        yield v
    yield value
    for v in tree(right):
        yield v


t = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
print(list(tree(t)))


def deleted():
    a = 1
    yield a
    del a
    yield "deleted"
    yield a


g = deleted()
print(next(g), next(g))
try:
    next(g)
except NameError as e:
    print("NameError")
print(list(g))


def closure_gen(base):
    def add(v):
        return v + base

    for i in range(3):
        yield add(i)


print(list(closure_gen(100)))


def defaults(a, b=2, *rest):
    yield a
    yield b
    for r in rest:
        yield r


print(list(defaults(1)), list(defaults(1, 5, 6, 7)))


def raises_after(n):
    for i in range(n):
        yield i
    raise ValueError("done %d" % n)


g = raises_after(2)
try:
    for v in g:
        print("got", v)
except ValueError as e:
    print("ValueError", e)
print(list(g))


def counter():
    n = 0
    while True:
        try_value = yield n
        if try_value is not None:
            n = try_value
        else:
            n += 1


g = counter()
print(next(g), next(g), g.send(10), next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
try:
    next(g)
except StopIteration:
    print("finished")

g = counter()
next(g)
g.close()
print(list(g))
g = counter()
g.close()
print(list(g))
g = counter()
try:
    g.throw(IndexError)
except IndexError:
    print("IndexError before start")
print(list(g))


def self_next():
    yield next(me)


me = self_next()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def state(n):
    for i in range(n):
        yield i


g = state(3)
print(next(g))
print(list(zip(g, "ab")))
print(list(g))
print(sorted(state(4), reverse=True), tuple(state(2)), dict(enumerate(state(3))))


class Box:
    def __init__(self, items):
        self.items = items

    def each(self, scale):
        for item in self.items:
            yield item * scale
        self.items = []


b = Box([1, 2, 3])
print(list(b.each(3)), b.items)


def mixed_send():
    received = []
    for i in range(4):
        r = yield i
        received.append(r)
    return received


g = mixed_send()
out = [next(g), g.send("x"), next(g), g.send(None)]
try:
    g.send(42)
except StopIteration as e:
    print(out, e.value)
