print(format(5), format(5, ""), format("s"), format(1.5), format(None) if False else "skip")
print(format(True), format(True, "d"), format(3, "05"), format(7, "b"))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "abc"), "{:xyz}".format(F()), "{}".format(F()))
print(format([1, 2]), format((1,)), format({"a": 1}))
try:
    format([1], "d")
except TypeError:
    print("TypeError")
