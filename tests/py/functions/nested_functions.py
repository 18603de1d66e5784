def outer(x):
    def mid(y):
        def inner(z):
            return x + y + z
        return inner
    return mid
print(outer(1)(2)(3))
def compose(*fs):
    def c(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return c
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def gen_funcs():
    return [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in gen_funcs()])
