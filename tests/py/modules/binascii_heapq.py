try:
    import ubinascii as binascii
except ImportError:
    import binascii
try:
    import uheapq as heapq
except ImportError:
    import heapq
print(binascii.hexlify(b'\x01\xab\xff'), binascii.unhexlify('01abff'), binascii.b2a_base64(b'hello world'), binascii.a2b_base64(b'aGVsbG8gd29ybGQ=\n'))
print(binascii.b2a_base64(b''), binascii.b2a_base64(b'a'), binascii.b2a_base64(b'ab'), binascii.crc32(b'hello'))
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(len(h))])
l = [9, 4, 7, 1]
heapq.heapify(l)
print(l[0], heapq.heappop(l), heapq.heappop(l))
for bad in [b'a', b'abcde']:
    try:
        binascii.a2b_base64(bad)
    except ValueError:
        print('ValueError')
try:
    binascii.unhexlify('abc')
except ValueError:
    print('ValueError')
