v = 1234.5678
for spec in ["", "f", ".1f", "10.2f", "<10.1f", "^12.3f", "+.2f", "e", ".2e", "E", "g", ".3g", "G", "%", ".0%", "010.1f", ".0f", "n" if False else "g"]:
    print(spec, repr(format(v, spec)), repr(format(-v, spec)))
print(format(0.0, "g"), format(-0.0, ".1f"), format(1e-7, "g"), format(1e16, "g"), format(123456.0, "g"))
print(format(1.5, "d") if False else "skip")
try:
    format(1.5, "d")
except ValueError:
    print("ValueError")
