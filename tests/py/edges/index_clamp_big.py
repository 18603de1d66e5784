# Positions and bounds beyond 2**31 (and 2**63) clamp as CPython clamps them: no sequence is that long.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

for big in (2**31, 2**32 + 1, 2**63 - 1, 2**63, 2**100):
    for n in (big, -big):
        l = [1, 2, 3]
        t(lambda: (l.insert(n, 9), l))
        ba = bytearray(b'xyz')
        t(lambda: (ba.insert(n, 65), ba))
        t(lambda: 'hello'.find('l', n))
        t(lambda: 'hello'.find('l', 0, n))
        t(lambda: 'hello'.rfind('l', n))
        t(lambda: 'hello'.index('h', n))
        t(lambda: 'hello'.rindex('o', 0, n))
        t(lambda: 'hello'.count('l', n, big))
        t(lambda: 'hello'.count('', n))
        t(lambda: 'hello'.startswith('h', n))
        t(lambda: 'hello'.endswith('o', 0, n))
        t(lambda: b'hello'.find(b'l', n))
        t(lambda: b'hello'.count(b'l', n, big))
        t(lambda: [1, 2, 3, 2].index(2, n))
        t(lambda: [1, 2, 3, 2].index(2, 0, n))
        t(lambda: (1, 2, 3).index(3, n, big))
        t(lambda: 'a,b,c'.split(',', n))
        t(lambda: 'a,b,c'.rsplit(',', n))
        t(lambda: 'a b  c'.split(None, n))
        t(lambda: b'a,b,c'.split(b',', n))
        t(lambda: 'aaa'.replace('a', 'b', n))
        t(lambda: 'hello'[n:])
        t(lambda: 'hello'[:n])
        t(lambda: [1, 2, 3][n:-n:-1])
        t(lambda: b'hello'[-n:n:2])
        t(lambda: [1, 2, 3][n])
# pop's index is a Py_ssize_t argument: beyond 64 bits it is an OverflowError, not an IndexError
for seq in ([1, 2], bytearray(b'ab'), []):
    for n in (2**70, -2**70, 2**40):
        try:
            print(seq.pop(n))
        except (OverflowError, IndexError) as e:
            print(type(e).__name__)
