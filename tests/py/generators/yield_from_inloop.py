def g(n):
    for i in range(n):
        yield i
    return n * 10
def h(n):
    r = yield from g(n)
    print("h got", r)
    r = yield from g(2)
    yield r
    return "hdone"
for x in h(3):
    print("x", x)
print(list(h(2)))
print(sum(h(4)))
def hh():
    r = yield from h(2)
    print("hh got", r)
    yield from [7, 8]
    yield from (i * 1.5 for i in range(2))
for x in hh():
    print("hx", x)
it = hh()
print(next(it), next(it))
print(it.send(None))
print(list(it))
# send a value into delegation (native path)
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    r = yield from acc()
    yield ("r", r)
o = outer()
print(next(o), o.send(5), o.send(6), o.send(None))
# exception in sub propagates into delegator
def bad():
    yield 1
    raise KeyError("k")
def deleg():
    try:
        yield from bad()
    except KeyError as e:
        print("deleg caught", e)
        yield 99
for x in deleg():
    print("d", x)
def deleg2():
    yield from bad()
try:
    for x in deleg2():
        print("d2", x)
except KeyError as e:
    print("outer caught", e)
# throw into delegator while sub suspended
def sub3():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "sub handled"
def del3():
    yield from sub3()
d = del3()
print(next(d), d.throw(ValueError), list(d))
# close during delegation
d = del3()
print(next(d))
d.close()
print(list(d))
# break out of for over delegator and resume later
d = del3()
for x in d:
    print("b", x)
    break
for x in d:
    print("c", x)
# deep delegation chain
def chain(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from chain(n - 1)
    return r + 1
def top():
    r = yield from chain(30)
    yield r
print(list(top()))
# already executing through delegation
def selfref():
    yield 1
    yield from s
s = selfref()
try:
    print(list(s))
except ValueError as e:
    print("VE", e)
