# A file opened in text mode takes bytes too (MicroPython's stream write takes any buffer; the WiPy's tests/wipy/os.py
# writes os.urandom() bytes to a file opened with 'w'), readall() reads the rest (MicroPython 1.8.2's stream method),
# and text read from bytes that are not UTF-8 keeps them (surrogateescape, PEP 383): encoding gives them back.
# CPython refuses bytes for a text file and has no readall() on it, so the expected output is this runtime's.
data = bytes(range(256))
f = open('_text_bytes.bin', 'w')
print(f.write(data), f.write('\u00e9'), f.write(bytearray(b'xy')))
f.close()
f = open('_text_bytes.bin')
r = f.readall()
f.close()
print(type(r).__name__, len(r), repr(r[126:134]), repr(r[-3:]))
print(bytes(r, 'ascii') == data + '\u00e9'.encode() + b'xy', r.encode() == data + b'\xc3\xa9xy')
f = open('_text_bytes.bin', 'rb')
print(f.readall() == data + b'\xc3\xa9xy', f.readall())
f.close()
try:
    open('_text_bytes.bin', 'w').write(5)
except TypeError as e:
    print('TypeError', e)
import io
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('StringIO TypeError')
import os
os.remove('_text_bytes.bin')
