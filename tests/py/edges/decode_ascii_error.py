# Bytes outside ASCII are no text in 'ascii': UnicodeDecodeError, a UnicodeError (as MicroPython's own name).
def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, isinstance(e, UnicodeError), issubclass(type(e), ValueError))

t(lambda: b'\xff'.decode('ascii'))
t(lambda: b'abc\x80'.decode('ascii'))
t(lambda: b'abc'.decode('ascii'))
t(lambda: bytearray(b'ok\xc3\xa9').decode('ascii'))
t(lambda: str(b'a\xfe', 'ascii'))
t(lambda: str(b'a\xfe', 'latin-1'))
t(lambda: b'\xff'.decode('latin-1'))
t(lambda: b'\xff'.decode())
t(lambda: b'\xc3'.decode('utf-8'))
t(lambda: '\xe9'.encode('ascii'))
t(lambda: '\u20ac'.encode('latin-1'))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, UnicodeError))
try:
    b'\x80'.decode('ascii')
except UnicodeError:
    print('caught as UnicodeError')
