def gen():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
    return 'done'
g = gen()
print(next(g))
print(g.send('a'))
try:
    g.send('b')
except StopIteration as e:
    print('stop', e.value)
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def chain(*its):
    for it in its:
        yield from it
print(list(chain(count(3), 'ab', [9])))
def inner():
    yield 1
    return 'ret'
def outer():
    r = yield from inner()
    yield r
print(list(outer()))
squares = (x * x for x in range(5))
print(sum(squares), list(x for x in range(3)))
def thrower():
    try:
        yield 1
    except ValueError:
        yield 'handled'
t = thrower()
next(t)
print(t.throw(ValueError))
def closer():
    try:
        yield 1
    finally:
        print('closed')
c = closer()
next(c)
c.close()
print(list(zip(count(3), 'xyz')), list(enumerate('ab', 1)), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(None, [0, 1, '', 'a'])), list(reversed([1, 2, 3])), list(reversed(range(4))))
