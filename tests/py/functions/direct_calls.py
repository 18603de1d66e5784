# Calls between functions (compiled: the callee entered directly, its arguments unspilled): results, tracebacks
# through several levels, the recursion limit, exceptions caught in between, closures, methods, defaults, generators.
import io
import sys


def leaf(x):
    return 10 // x


def mid(x, y):
    return leaf(x) + y


def top(x):
    return mid(x, 1)


def none():
    pass


def three(a, b, c):
    return a * 100 + b * 10 + c


def driver():
    print(top(5), none(), three(1, 2, 3))
    try:
        top(0)
    except ZeroDivisionError as e:
        sys.print_exception(e)
    print(top(2))


driver()


def down(n):
    return down(n + 1)


def down2(n):
    m = n + 1
    return down2(m)


def recurse():
    try:
        down(0)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(top(1))
    try:
        down2(0)
    except RuntimeError as e:
        # The innermost entry names the call that hit the limit.
        buf = io.StringIO()
        sys.print_exception(e, buf)
        print(buf.getvalue().split('\n')[-3:])


recurse()
recurse()


def catcher(x):
    try:
        return mid(x, 0)
    except ZeroDivisionError:
        return 'caught'


def outer(x):
    return catcher(x)


print(outer(0), outer(5))


def unbound(a):
    if a:
        b = 1
    return b


def call_unbound():
    print(unbound(1))
    try:
        unbound(0)
    except UnboundLocalError:
        print('unbound')
    print(unbound(2))


call_unbound()


class C:
    def __init__(self):
        self.v = 3

    def m(self, a):
        return self.v + a

    def bad(self):
        return self.missing


def use(c):
    t = c.m(1) + c.m(2)
    c.f = lambda a: a * 2
    t += c.f(4)
    try:
        c.bad()
    except AttributeError as e:
        sys.print_exception(e)
    return t


print(use(C()))


def make(k):
    def add(a, b):
        return a + b + k

    def run(n):
        t = 0
        for i in range(n):
            t = add(t, i)
        return t
    return run


print(make(100)(10), make(1)(3))


def d(a, b=2):
    return a + b


def call_defaults():
    return d(1), d(1, 5), d(b=7, a=1)


print(call_defaults())


def gen(n):
    for i in range(n):
        yield mid(i + 1, 0)


def gen_bad():
    yield mid(1, 0)
    yield mid(0, 0)


def use_gen():
    print(list(gen(3)))
    try:
        for v in gen_bad():
            print(v)
    except ZeroDivisionError as e:
        sys.print_exception(e)


use_gen()


def kinds():
    return len([1, 2]), str(5), three(*[1, 2, 3]), three(1, c=3, b=2)


print(kinds())
# own process: the expected tracebacks name this file, a raw REPL names <stdin>
