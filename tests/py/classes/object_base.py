o = object()
print(type(o).__name__)
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
class A: pass
a = A()
print(a == a, a != a, a == A())
print(isinstance(a, object), issubclass(A, object))
print(object.__name__)
print(str(A)[:7] == "<class ")
