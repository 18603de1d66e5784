data = bytearray(range(16))
mv = memoryview(data)
part = mv[4:12]
print(len(part), list(part), part[0], part[-1])
sub = part[2:4]
sub[0] = 99
print(data[6], list(sub))
print(bytes(mv[::1]) == bytes(data) if True else 0)
for i in range(len(part)):
    part[i] = 0
print(list(data))
