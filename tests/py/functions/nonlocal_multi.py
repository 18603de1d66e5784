def f():
    a = 0
    b = 0
    def g():
        nonlocal a, b
        a += 1
        b += 2
    g(); g()
    return a, b
print(f())
def shadow():
    x = 1
    def g():
        x = 2
        def h():
            nonlocal x
            x = 3
        h()
        return x
    return g(), x
print(shadow())
try:
    exec("def f():\n    nonlocal zz\n")
except SyntaxError:
    print("SyntaxError")
