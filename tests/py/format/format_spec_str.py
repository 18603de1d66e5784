for spec in ["", "10", "<10", ">10", "^10", "*^10", ".2", "10.2", "-<6", "s"]:
    print(repr(format("hello", spec)))
print("{:>{w}}|".format("x", w=5), "{:{f}{a}{w}}|".format("y", f="_", a="^", w=7))
try:
    format("x", "d")
except ValueError:
    print("ValueError")
try:
    format("x", "=5")
except ValueError:
    print("ValueError")
