def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in (-5, 0, 3, 100):
    print(n, classify(n))
if 0: print("no")
if []: print("no")
else: print("empty list false")
if "x" and [1] and (0,) and {1: 2}:
    print("all true")
if not None: print("None false")
x = 5
if x > 3:
    if x > 4:
        print("nested")
y = "a" if x else "b"
print(y)
print(1 if 0 else 2 if 0 else 3)
