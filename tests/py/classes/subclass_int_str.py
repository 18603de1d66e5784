class MyInt(int):
    def double(self):
        return self * 2
m = MyInt(21)
print(m, m.double(), m + 1, isinstance(m, int), type(m).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s, s.shout(), len(s), s + "x", isinstance(s, str))
class MyTuple(tuple):
    def first(self):
        return self[0]
t = MyTuple((1, 2))
print(t, t.first(), len(t))
class MyObj(object):
    pass
print(isinstance(MyObj(), object))
