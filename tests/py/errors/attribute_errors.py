class A:
    x = 1
def show(f):
    try:
        f()
        print("no error")
    except AttributeError:
        print("AttributeError")
show(lambda: A().y)
show(lambda: A.y)
show(lambda: (1).foo)
show(lambda: "s".nope)
show(lambda: [].nope)
show(lambda: None.x)
show(lambda: setattr(1, "a", 1))
show(lambda: setattr("s", "a", 1))
show(lambda: delattr(A(), "x"))
import sys
show(lambda: sys.no_such_attr)
