# function, generator, bool and NoneType cannot be subclassed
def f():
    yield 1

for base in (type(f), type(f()), bool, type(None)):
    try:
        class C(base):
            pass
        print("subclassed", base.__name__)
    except TypeError:
        print("TypeError", base.__name__)

class I(int):
    pass
class L(list):
    pass
print(I(3) + 1, L([1]) + [2])
