def f(x):
    try:
        if x == 0: raise ValueError("v")
        if x == 1: raise TypeError("t")
        if x == 2: raise KeyError("k")
        return "none"
    except (ValueError, TypeError) as e:
        return "VT " + str(e)
    except KeyError as e:
        return "K " + str(e)
for i in range(4):
    print(f(i))
try:
    raise IndexError
except LookupError:
    print("LookupError catches IndexError")
try:
    try:
        raise ValueError
    except TypeError:
        print("wrong")
except ValueError:
    print("propagated")
