s = {1, 1.0, True, "1", b"1", (1,), None}
print(len(s))
print(1 in s, "1" in s, (1,) in s, 2 in s, None in s)
s.discard(1.0)
print(len(s), True in s)
