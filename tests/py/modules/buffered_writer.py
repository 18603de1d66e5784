# uio.BufferedWriter(stream, size) hands the stream whole buffers of size bytes as they fill, and the rest on
# flush() (MicroPython 1.8.2's policy; CPython's differs, hence the .exp); write() returns the length taken.
import uio

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, b):
        self.calls.append(bytes(b))
        return len(b)

r = Recorder()
w = uio.BufferedWriter(r, 4)
print(w.write(b'ab'), r.calls)
print(w.write(b'cdefghij'), r.calls)
w.flush()
w.flush()
print(r.calls)
print(w.write(bytearray(b'xyz')), w.write(memoryview(b'0123456')), r.calls)
out = uio.BytesIO()
w = uio.BufferedWriter(out, 3)
for part in (b'12', b'345', b'6'):
    w.write(part)
print(out.getvalue())
w.flush()
print(out.getvalue())
for bad in ((out, 0), (out,)):
    try:
        uio.BufferedWriter(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
