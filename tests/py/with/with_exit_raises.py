class Raiser:
    def __enter__(self): return 1
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with Raiser():
        pass
except ValueError as e:
    print("ValueError", e)
try:
    with Raiser():
        raise KeyError
except ValueError as e:
    print("exit exception wins", e)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError):
    print("not a context manager")
