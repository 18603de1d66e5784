def show(f):
    try:
        f()
        print("no error")
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
show(lambda: [][0])
show(lambda: [1, 2][2])
show(lambda: (1,)[-2])
show(lambda: "abc"[3])
show(lambda: {}[0])
show(lambda: {"a": 1}["b"])
show(lambda: {(1, 2): 0}[(2, 1)])
show(lambda: range(3)[3])
show(lambda: [].pop())
show(lambda: set().remove(1))
show(lambda: b"ab"[5])
