x = "global"
def f():
    return x
def g():
    x = "local"
    return x
print(f(), g(), x)
def h():
    x = "enclosing"
    def i():
        return x
    return i()
print(h())
class C:
    x = "class"
    def m(self):
        return x
    y = x + "!"
print(C().m(), C.y, C.x)
def loop_var():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [fn() for fn in fs]
print(loop_var())
def default_bind():
    return [(lambda i=i: i)() for i in range(3)]
print(default_bind())
l = [x for x in range(3)]
print(x)
