def show(f):
    try:
        r = f()
        print("no error", r)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: divmod(5, 0))
show(lambda: 2 ** 10000 * 1.0)
show(lambda: int(float("inf")))
show(lambda: 10.0 ** 400)
show(lambda: (2 ** 70) // 0)
show(lambda: pow(0, -1))
show(lambda: 0.0 ** -2)
show(lambda: 2 ** 100 + 1)
