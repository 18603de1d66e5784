# Requests no board's heap can hold are MemoryError at once, before anything is allocated (a count past 2**31
# bytes, on every platform; nanoCLR or the desktop heap cap refuse the rest). (.exp: CPython would try to allocate.)


def t(label, f):
    try:
        f()
        print(label, 'ok')
    except MemoryError:
        print(label, 'MemoryError')

t('list(range)', lambda: list(range(10 ** 10)))
t('bytearray', lambda: bytearray(10 ** 10))
t('bytes', lambda: bytes(10 ** 10))
t('bytes *', lambda: b'x' * 2 ** 31)
t('str *', lambda: 'ab' * 2 ** 40)
t('list *', lambda: [0] * 2 ** 30)
t('tuple *', lambda: (0,) * 2 ** 30)
t('bytearray *', lambda: bytearray(b'ab') * 2 ** 40)
t('str join', lambda: 'x' * 2 ** 20 + 'y' * 2 ** 31)
t('after', lambda: [0] * 1000)
