def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
print(sum(squares(evens(numbers(100)))))
print(list(squares(evens(numbers(10)))))
# return value / break / reuse
def g2():
    yield 1
    yield 2.5
    return 7
it = g2()
for v in it:
    print(v)
for v in it:
    print("again", v)
print(next(it, 'done'))
# break keeps generator suspended
def g3():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("fin")
it = g3()
for v in it:
    print(v)
    if v == 2:
        break
print(next(it))
for v in it:
    print("more", v)
# exception from generator
def g4():
    yield 1
    raise ValueError("boom")
try:
    for v in g4():
        print(v)
except ValueError as e:
    print("caught", e)
# exception caught inside caller function frame
def f5():
    out = []
    try:
        for v in g4():
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    return out
print(f5())
# generator already executing
def g6():
    yield 1
    for v in gg:
        yield v
gg = g6()
try:
    for v in gg:
        print(v)
except ValueError as e:
    print("VE", e)
# nested gens yielding from inside try/except
def g7():
    for i in range(3):
        try:
            yield i
        except Exception:
            pass
for v in g7():
    print("g7", v)
# yield from inside in-loop gen
def g8():
    yield from range(3)
    yield from g2()
    r = yield from g2()
    print("r", r)
for v in g8():
    print("g8", v)
# send into in-loop resumed generator
def g9():
    x = yield 1
    print("got", x)
    yield 2
for v in g9():
    print("g9", v)
# genexp
print(sum(x for x in range(10) if x % 3 == 0))
# big ints and floats through yield
def g10():
    yield 2**70
    yield 1.5
    yield -3
    yield "s"
print([v for v in g10()])
for v in g10():
    print(type(v).__name__, v)
# closed generator
def g11():
    yield 1
    yield 2
it = g11()
print(next(it))
it.close()
for v in it:
    print("no", v)
print("ok")
# recursion through generators
def tree(n):
    if n > 0:
        for v in tree(n - 1):
            yield v
        yield n
        for v in tree(n - 1):
            yield v
print(list(tree(3)))
def deep(n):
    if n == 0:
        yield 0
    else:
        for v in deep(n-1):
            yield v + 1
print(list(deep(50)))
