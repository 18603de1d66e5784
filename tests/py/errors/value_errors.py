def show(f):
    try:
        f()
        print("no error")
    except ValueError as e:
        print("ValueError", e)
show(lambda: int("x"))
show(lambda: int("1.5"))
show(lambda: float("abc"))
show(lambda: [].index(1) if False else [1].index(2))
show(lambda: "abc".index("z"))
show(lambda: list(range(1, 2, 0)))
show(lambda: chr(-5))
show(lambda: "a".split(""))
show(lambda: bytes([300]))
show(lambda: int("99", 8))
show(lambda: [1, 2].remove(3))
show(lambda: (1 << -1))
