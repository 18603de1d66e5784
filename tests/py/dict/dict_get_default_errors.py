d = {"a": 1}
def e(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__)
e(lambda: d.get())
e(lambda: d.pop())
e(lambda: dict(1))
e(lambda: dict([1, 2]))
e(lambda: dict([(1, 2, 3)]))
e(lambda: d.update(5))
e(lambda: {}.popitem())
e(lambda: d["b"])
e(lambda: dict(a=1, **{"a": 2}))
