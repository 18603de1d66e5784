def f():
    pass
print(f())
class C:
    pass
print(type(C()).__name__)
for i in range(2):
    pass
print(i)
print(...)
print(Ellipsis)
print(... is Ellipsis)
print(type(...).__name__ if hasattr(type(...), "__name__") else "ellipsis")
def g():
    ...
print(g())
if True:
    pass
else:
    pass
x = [...]
print(x)
