class A:
    cls_attr = 1
    def method(self): pass
a = A()
a.inst = 2
d = dir(a)
print("cls_attr" in d, "method" in d, "inst" in d, "nothere" in d)
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
import sys
print("path" in dir(sys), "version" in dir(sys))
def f():
    local_v = 1
    return dir()
print(f())
print(type(dir()).__name__)
