d = {}
keys = [0, 1, -1, 2 ** 70, 1.5, "s", b"s", (1, "t"), None, True, frozenset([1])]
for i, k in enumerate(keys):
    d[k] = i
print(len(d))
print(d[0], d[1], d[True], d[2 ** 70], d[1.5], d["s"], d[b"s"], d[(1, "t")], d[None], d[frozenset([1])])
for bad in [[], {}, set(), bytearray()]:
    try:
        d[bad] = 1
    except TypeError:
        print("TypeError", type(bad).__name__)
