import sys
print()
print(1, 2, 3)
print(1, 2, sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print(None, True, [1, "s"], ("t",), {"k": 1.5})
print("to stdout", file=sys.stdout)
print(sep="x")
print("x", end="")
print("y", sep=None, end=None)
print("multi", "args", 1.0, -0.0, 2 ** 70)
class S:
    def __str__(self): return "custom"
print(S(), [S()] if False else "")
