class S:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(S() is S())
class P:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.created = v
        return o
    def __init__(self, v):
        self.init = v + 1
p = P(1)
print(p.created, p.init)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Other())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5))
