class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.z = 5
print(p.z)
Point.dims = 3
print(p.dims)
p.dims = 10
print(p.dims, Point.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(Point.__name__)
print(Point.norm2(p))
class Empty: pass
e = Empty()
print(type(e).__name__)
try:
    p.missing
except AttributeError:
    print("AttributeError")
