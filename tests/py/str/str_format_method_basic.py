print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}{y}".format(x=1, y=2))
print("{0}{0}".format("ab"), "{{}} {}".format(5), "{!r}".format("s"), "{!s}".format(1.5))
print("{0[1]} {1[k]}".format([7, 8], {"k": "v"}))
class P:
    x = 3
print("{0.x}".format(P()), "{.x}".format(P()))
try:
    "{} {}".format(1)
except IndexError:
    print("IndexError")
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{".format()
except ValueError:
    print("ValueError")
