# Counts and conversions at the edges give CPython's errors or results, not wrapped numbers.
# (.exp: sizes past 2**31 are errors here as on MicroPython; CPython would try to allocate 10 GB.)
try:
    import ustruct as struct
except ImportError:
    import struct

for fmt in ('99999999999999999999i', '4294967297s', '2147483648B'):
    try:
        print(struct.calcsize(fmt))
    except Exception as e:
        print('error')
try:
    print(len(struct.pack('10000000000s', b'')))
except Exception as e:
    print('error')
print(struct.calcsize('3i2s'), struct.pack('3s', b'abcd'))


class IntStr:
    def __int__(self):
        return 'seven'


class IndexStr:
    def __index__(self):
        return 'eight'


for o in (IntStr(),):
    try:
        print(int(o))
    except TypeError as e:
        print('TypeError', e)


class Big:
    def __hash__(self):
        return 10 ** 100


class Neg:
    def __hash__(self):
        return -(2 ** 70)


class NotInt:
    def __hash__(self):
        return 'h'


print(hash(Big()) == hash(10 ** 100), hash(Neg()) == hash(-(2 ** 70)))
print(len({Big(), Neg()}))
try:
    hash(NotInt())
except TypeError as e:
    print('TypeError', e)
