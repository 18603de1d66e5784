try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__)
try:
    raise RuntimeError("x") from None
except RuntimeError as e:
    print(e, e.__cause__)
try:
    raise TypeError("t") from KeyError("k")
except TypeError as e:
    print(type(e.__cause__).__name__)
