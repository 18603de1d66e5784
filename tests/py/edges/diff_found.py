# Cases the differential check (tests/diff/diffcheck.py) found.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

# slice.indices keeps a step beyond the int range; a start far below 0 with a negative step lands at -1
t(lambda: slice(2, 8, 2**63).indices(10))
t(lambda: slice(None, None, -2**63 - 1).indices(10))
t(lambda: slice(-2**100, 2**64, -1).indices(2**31 - 1))
t(lambda: slice(-2, -2**63, -1).indices(2**31 - 1))
t(lambda: [1, 2, 3][-2**100:2**64:-1])
# range indexes beyond 64 bits are out of range
t(lambda: range(10)[2**100])
t(lambda: range(10)[-2**64])
# bytes and bytearray search methods take a byte value
t(lambda: b'bytes!'.count(ord('s')))
t(lambda: bytearray(b'xyz').index(ord('y'), -7, 100))
t(lambda: b'abc'.find(99))
t(lambda: b'abc'.rfind(97, 2**40))
t(lambda: b'abc'.rindex(256))
t(lambda: b'abc'.endswith(99))
# a start past the end matches nothing, not even ''
t(lambda: '-3'.startswith('', 6))
t(lambda: 'abc'.startswith('', 3))
t(lambda: b''.endswith(b'', 6, 0))
t(lambda: 'abc'.count('', 4))
t(lambda: 'abc'.find('', 4))
t(lambda: 'abc'.find('', 3))
# '%' with flags, width or precision is no literal percent
t(lambda: '%5%' % ())
t(lambda: '%-5%' % (1,))
t(lambda: '%%' % ())
t(lambda: '%d%%' % 5)
# format(): '%' scales before it looks at the magnitude; nan keeps its '%'; 'c' refuses '#'
t(lambda: format(1.7976931348623157e308, '18%'))
t(lambda: format(float('nan'), '0<%'))
t(lambda: format(float('-inf'), '%'))
t(lambda: format(0.5, '%'))
t(lambda: format(686, '*>#c'))
t(lambda: format(65, 'c'))
# str and bytes repeated past 64 bits of length: OverflowError as CPython (a list's is MemoryError)
t(lambda: 'aaaa' * 2**62)
t(lambda: b'aaaa' * 2**62)
t(lambda: 'ab' * 2**40)
t(lambda: format(194, '5c') + format(65, '<3c') + format(66, '^5c'))
# bytearray *= n changes the bytearray itself; an empty value deletes an extended slice; huge repeats
def imul(l, n):
    l *= n
    return l
def setitem(l, k, v):
    l[k] = v
    return l
for n in (0, -1, 2, 3):
    b = bytearray(b'ab')
    print(imul(b, n), b)
for s in (slice(None, None, 2), slice(-2**63, -3, 3), slice(-2**31 - 1, None, 2), slice(None, None, -2)):
    print(setitem(bytearray(b'abcde'), s, b''))
t(lambda: setitem(bytearray(b'abcde'), slice(None, None, 2), b'xy'))
t(lambda: imul(bytearray(b'abcde'), 2**62))
t(lambda: bytearray(b'abcde') * 2**62)
t(lambda: b'abcde' * 2**62)
