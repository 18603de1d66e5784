# every object with the buffer protocol (bytes, bytearray, memoryview, array, bytes subclasses) works where a
# bytes-like object is expected; memoryview of an array keeps the array's item type
import array

class Blob(bytes):
    pass

class Chunk(bytearray):
    pass

h = array.array('h', [0x0102, -2])
print(b"ab" + array.array('B', [1, 2, 255]))
print(b"ab" + h)
print(bytearray(b"x") + array.array('b', [-1]))
print(b"<" + Blob(b"mid") + b">", Blob(b"l") + Blob(b"r"))
print(bytes(Blob([65, 66])), bytearray(Blob(b"q")), bytes(h))
print(bytes(array.array('i', [1])), bytearray(Chunk(b"cc")))
print(b"-".join([Blob(b"a"), bytearray(b"b"), memoryview(b"c")]))

m = memoryview(h)
print(len(m), list(m), m[1], m[-2])
m[0] = -300
print(h, list(m[1:]), bytes(m[1:]))
ui = array.array('I', [1, 2, 3, 4])
mi = memoryview(ui)
mi[1:3] = memoryview(array.array('I', [20, 30]))
print(ui, len(mi[1:]), list(mi[::1]))
try:
    mi[0:2] = b"\x00"
except ValueError:
    print("ValueError")
mf = memoryview(array.array('d', [0.5, -1.25]))
print(list(mf), mf.tolist() if hasattr(mf, "tolist") else list(mf))
mb = memoryview(array.array('B', [9, 8]))
mb[1] = 7
print(list(mb), bytes(mb))
try:
    b"x" + [1]
except TypeError:
    print("TypeError")
try:
    b"x" + "y"
except TypeError:
    print("TypeError")
