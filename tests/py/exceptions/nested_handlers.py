def f():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise ValueError("in handler")
        except ValueError as e:
            print("handled", e)
        print("back in outer handler")
f()
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b")
except ValueError as e:
    print(e, type(e.__context__).__name__)
def g(n):
    try:
        if n:
            g(n - 1)
        else:
            raise IndexError("bottom")
    finally:
        print("unwind", n)
try:
    g(3)
except IndexError as e:
    print(e)
