# OrderedDict equality between two OrderedDicts depends on order (not against a plain dict);
# bytes.strip and friends give back the same object when there is nothing to change
try:
    from ucollections import OrderedDict
except ImportError:
    from collections import OrderedDict

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a))
del b["y"]
b["y"] = 2
print(a == b, list(b.keys()))
print(OrderedDict() == OrderedDict(), OrderedDict(a=1) == OrderedDict(a=2))

s = b"clean"
print(s.strip() is s, s.lstrip() is s, s.rstrip(b"z") is s, s.strip(b"c") is s, s.strip(b"c"))
print(b"  pad ".strip(), bytearray(b"x").strip() is bytearray(b"x"))
