# UDP sendto/recvfrom on loopback: datagram boundaries, truncation, sender address.
try:
    import usocket as socket
except ImportError:
    import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
pa = a.getsockname()[1]
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
b.bind(('127.0.0.1', 0))
pb = b.getsockname()[1]

for i in range(5):
    n = b.sendto(b'datagram %d' % i, ('127.0.0.1', pa))
    print('sent', n)
for i in range(5):
    data, frm = a.recvfrom(100)
    print(data, frm == ('127.0.0.1', pb))

a.sendto(bytearray(b'reply'), ('127.0.0.1', pb))
d, frm = b.recvfrom(5)
print(d, frm == ('127.0.0.1', pa))
b.sendto(memoryview(b'0123456789'), ('127.0.0.1', pa))
print(a.recvfrom(4)[0])
b.sendto(b'', ('127.0.0.1', pa))
print(a.recvfrom(10)[0])
b.sendto(b'x' * 1000, ('127.0.0.1', pa))
print(len(a.recv(2000)))
a.close()
b.close()
