class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__ if t else None, v)
        return self.suppress
with CM(True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM(False):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
try:
    with CM(True):
        with CM(False):
            raise TypeError("inner")
    print("outer suppressed")
except TypeError:
    print("not reached")
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("not called")
try:
    with Bad():
        print("not run")
except RuntimeError as e:
    print("RuntimeError", e)
