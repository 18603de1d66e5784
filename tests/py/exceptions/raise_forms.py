try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError("msg")
except ValueError as e:
    print(e, e.args)
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e, e.args)
e0 = KeyError("stored")
try:
    raise e0
except KeyError as e:
    print(e is e0)
try:
    raise 42
except TypeError:
    print("TypeError")
try:
    raise object
except TypeError:
    print("TypeError")
def reraise():
    try:
        raise IndexError("first")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)
