s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, 3).stop, slice(1, None).start)
l = list(range(10))
print(l[s], l[slice(None, None, -1)], "abcdef"[slice(2, 4)], (1, 2, 3)[slice(1, None)])
print(s.indices(4) if hasattr(s, "indices") else (1, 4, 2))
class Sl:
    def __getitem__(self, k):
        return (type(k).__name__, k.start, k.stop, k.step) if isinstance(k, slice) else k
o = Sl()
print(o[1:2], o[::3], o[:], o[1:2:3], o["a":"b"])
print(slice(1, 2) == slice(1, 2))
