print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"))
print(" ".join(str(i) for i in range(5)), ", ".join(("x",)))
print("ab".join(["1", "2", "3"]))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError")
try:
    ",".join(5)
except TypeError:
    print("TypeError")
print("".join(map(str, [1, 2, 3])))
