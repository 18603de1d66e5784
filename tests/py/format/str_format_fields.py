print("{0}, {1}, {0}".format("a", "b"))
print("{name} is {age}".format(name="X", age=3))
d = {"k": [10, 20]}
print("{0[k][1]}".format(d), "{d[k][0]}".format(d=d))
print("{0!r:>8}|{0!s:<8}|".format("ab"))
print("{:{}}|{:{}.{}}".format("a", 4, 3.14159, 8, 3))
print("{0:>5}{1:<5}{0:^5}|".format(1, 2))
print("{}{}{}".format(*"abc"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{:d}".format(True), "{:.2f}".format(1), "{:s}".format("s"))
try:
    "{0} {}".format(1, 2)
except ValueError:
    print("ValueError")
try:
    "{!x}".format(1)
except ValueError:
    print("ValueError")
try:
    "{0[5]}".format([1])
except IndexError:
    print("IndexError")
