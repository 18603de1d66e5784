for s in ["1", "1.5", "-2.25", ".5", "5.", "1e3", "1E-3", "  3.0\n", "1_0" if False else "10",
          "0.1", "123456789012345678901234567890", "1e-400", "2.5e400", "-0.0", "nan", "inf", "-iNF"]:
    print(repr(float(s)))
for s in ["", "abc", "1.2.3", "1e", "e5", "--1", "1 2"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(float(5), float(-2 ** 60), float(True))
try:
    float([])
except TypeError:
    print("TypeError")
