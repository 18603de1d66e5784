class Spy:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t is ZeroDivisionError, isinstance(v, ZeroDivisionError))
        return True
with Spy():
    1 / 0
class Spy2:
    def __enter__(self): return self
    def __exit__(self, *args):
        print(len(args), args[0], args[1])
with Spy2():
    pass
