def show(f):
    try:
        f()
        print("no error")
    except TypeError:
        print("TypeError")
show(lambda: 1 + "a")
show(lambda: "a" - "b")
show(lambda: [] + ())
nothing = None
show(lambda: nothing())
five = 5
show(lambda: five[0])
show(lambda: len(5))
show(lambda: {}[[]])
show(lambda: -"a")
show(lambda: ~1.5)
show(lambda: 1 < "a")
show(lambda: [1] < 1)
show(lambda: int.from_bytes("ab", "big"))
show(lambda: "x" * 1.5)
show(lambda: iter(None))
show(lambda: sum("abc"))
show(lambda: abs())
show(lambda: object() + 1)
