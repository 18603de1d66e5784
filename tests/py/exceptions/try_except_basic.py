try:
    1 / 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")
try:
    [][1]
except IndexError as e:
    print("IndexError", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
try:
    int("x")
except ValueError as e:
    print("ValueError", e)
try:
    undefined_name
except NameError as e:
    print("NameError", e)
try:
    None.foo
except AttributeError:
    print("AttributeError")
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    raise Exception
except Exception as e:
    print(repr(e.args))
