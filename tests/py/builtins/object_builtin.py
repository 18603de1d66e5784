o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
print(type(object).__name__, object.__name__)
try:
    object(1)
except TypeError:
    print("TypeError")
class A(object):
    pass
print(A.__bases__ == (object,), issubclass(A, object))
print(str(o).startswith("<object object at"))
