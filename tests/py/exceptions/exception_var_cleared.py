try:
    raise ValueError("x")
except ValueError as e:
    print("in", e)
try:
    print(e)
except NameError:
    print("NameError: e cleared")
def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "unbound"
print(f())
