for spec in ["d", "5d", "<5d", ">5d", "^5d", "05d", "+d", " d", "x", "X", "#x", "o", "#o", "b", "#b", "*^9d", "=+6d", "c"]:
    print(spec, repr(format(42, spec)), repr(format(-42, spec)) if spec != "c" else "")
print(format(2 ** 70, "x"), format(-2 ** 70, "d"))
try:
    format(1, "z")
except ValueError:
    print("ValueError")
