# __new__ is a static method without @staticmethod; special methods may be static or class methods;
# a tuple subclass with its own __init__ still gets its items; namedtuples concatenate and repeat;
# object.__new__ only makes instances of user classes; __hash__ results are ints of any size
from collections import namedtuple

class Point:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x=0):
        self.x = x

p = Point(3)
q = Point.__new__(Point)
r = p.__new__(Point, 1)
print(p.x, type(q).__name__, type(r).__name__)

class Ops:
    @staticmethod
    def __sub__(other):
        return ("static sub", other)
    @classmethod
    def __mul__(cls, other):
        return ("class mul", cls.__name__, other)

o = Ops()
print(o - 1, o * 2)

class Logged:
    def __init__(self, *args):
        print("init", args)

class Pair(Logged, tuple):
    pass

class Triple(tuple, Logged):
    pass

print(len(Pair()), len(Pair([1, 2])), list(Pair("ab")), len(Triple((1, 2, 3))))

NT = namedtuple("NT", ["a", "b"])
t = NT(1, 2)
print(t + t, t * 2, t + (9,), len(t + t))

try:
    object.__new__(int)
except TypeError:
    print("TypeError")
print(type(object.__new__(Point)).__name__)

class BigHash:
    def __hash__(self):
        return (1 << 80) + 5

class BoolHash:
    def __hash__(self):
        return True

class BadHash:
    def __hash__(self):
        return "x"

print(hash(BigHash()) == hash((1 << 80) + 5), hash(BoolHash()), {BigHash(): 1} != {})
try:
    hash(BadHash())
except TypeError:
    print("TypeError")
