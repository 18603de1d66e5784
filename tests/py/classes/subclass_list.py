class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, v):
        super().append(v * 10)
m = MyList([1, 2])
m.append(3)
print(m, m.sum(), len(m), m[2], isinstance(m, list))
m.extend([4])
print(m, type(m).__name__)
print(m + [1], type(m + [1]).__name__)
m2 = MyList()
print(m2, len(m2), bool(m2))
print(sorted(MyList([3, 1, 2])))
