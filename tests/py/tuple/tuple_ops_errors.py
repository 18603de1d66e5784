t = (1, 2)
def e(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__)
e(lambda: t + [3])
e(lambda: t * "a")
e(lambda: t < ("a", 1))
e(lambda: t.append(3))
e(lambda: tuple(5))
e(lambda: t[1.0])
e(lambda: t[0:1:0])
