def sq(x):
    return x * x
print([sq(x) for x in range(5)])
print([str(x) for x in range(3)])
print([w.upper() for w in "a b c".split()])
print([len(s) for s in ["", "a", "ab"]])
print(list(map(sq, [x for x in range(3)])))
print([f(2) for f in [sq, abs, str]])
print([x for x in range(10) if sq(x) > 20])
