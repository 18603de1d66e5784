def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    f()
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
def g():
    try:
        try:
            raise ValueError
        finally:
            print("inner finally")
    except ValueError:
        print("caught")
    finally:
        print("outer finally")
g()
def h():
    for i in range(3):
        try:
            raise IndexError
        except IndexError:
            continue
        finally:
            print("fin", i)
h()
