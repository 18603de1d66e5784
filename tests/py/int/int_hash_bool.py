print(hash(1) == hash(1.0), hash(0) == hash(False), hash(-1) == hash(-1.0))
print(hash(5), hash(0), hash(True))
print(bool(0), bool(2 ** 100), bool(-1))
d = {1: "int", 2 ** 70: "big"}
print(d[1.0], d[2 ** 70])
print(hash(2 ** 70) == hash(2 ** 70))
