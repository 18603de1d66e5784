s = {1, 2}
def e(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__)
e(lambda: s.remove(5))
e(lambda: set().pop())
e(lambda: s.add([]))
e(lambda: set(5))
e(lambda: s < [1])
e(lambda: s.update(3))
e(lambda: s.issubset(4))
e(lambda: sorted(s.copy()))
