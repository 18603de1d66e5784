class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def make(cls, v):
        return cls(v, v)
p = Point(1, 2)
q = p + Point(3, 4)
print(p, q, p == Point(1, 2), p != q, len(p), p[1], list(p), p.norm1)
print(Point.origin(), Point.make(3), Point.count)
print(isinstance(p, Point), type(p).__name__, hasattr(p, 'x'), getattr(p, 'z', 'none'))
setattr(p, 'z', 9)
print(p.z)
try:
    p.missing
except AttributeError:
    print('AttributeError')
