# import __main__ gives the running script's module; builtins.__build_class__ can be replaced
import __main__
import builtins

marker = "here"
print(__main__.marker, __main__.__name__, repr(__main__).startswith("<module '__main__'"))
__main__.added = 5
print(added)
del __main__.added
print("added" in globals())

original = builtins.__build_class__
calls = []
def tracing(func, name, *bases, **kw):
    calls.append(name)
    return original(func, name, *bases, **kw)

builtins.__build_class__ = tracing
class A:
    pass
class B(A):
    x = 1
builtins.__build_class__ = original
class C:
    pass
print(calls, B.x, issubclass(B, A), C.__name__)

builtins.__build_class__ = lambda f, name: ("not a class", name)
class D:
    pass
builtins.__build_class__ = original
print(D)
