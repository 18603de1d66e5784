def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1))
def outer():
    v = []
    def push(x):
        v.append(x)
        return len(v)
    def get():
        return v
    return push, get
push, get = outer()
push(1); push(2)
print(get())
def nested3():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3
    return l2()()
print(nested3())
def late():
    fs = [lambda: x for x in range(3)]
    return [f() for f in fs]
print(late())
def modify_after():
    x = 1
    def f():
        return x
    x = 2
    return f()
print(modify_after())
