x = 1
def f():
    return x
def g():
    x = 2
    return x
print(f(), g(), x)
def counter():
    global total
    total = 0
    for i in range(5):
        total += i
counter()
print(total)
class C:
    y = 5
    z = [y * i for i in range(3)] if False else 0
    def m(self):
        return self.y
print(C().m(), C.y)
