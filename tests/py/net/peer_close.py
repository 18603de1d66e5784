# A peer that closes mid-read: reads return what arrived, then end-of-stream (b'').
try:
    import usocket as socket
except ImportError:
    import socket


def pair():
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen(1)
    c = socket.socket()
    c.connect(('127.0.0.1', srv.getsockname()[1]))
    s, _ = srv.accept()
    srv.close()
    return c, s


c, s = pair()
s.sendall(b'only part of it')
s.close()
f = c.makefile('rb')
print(f.read(100))
print(f.read(100))
print(c.recv(10))
f.close()
c.close()

c, s = pair()
s.sendall(b'line one\nline two without end')
s.close()
f = c.makefile('rb')
print(f.readline())
print(f.readline())
print(f.readline())
f.close()
c.close()

c, s = pair()
s.sendall(b'12345')
s.close()
f = c.makefile('rb')
buf = bytearray(8)
print(f.readinto(buf), buf)
print(f.readinto(buf))
f.close()
c.close()

c, s = pair()
s.sendall(b'abc')
print(c.recv(2), c.recv(100))
s.close()
print(c.recv(100), c.recv(100))
c.close()

# the client closes while the server reads in a loop
c, s = pair()
c.sendall(b'x' * 3000)
c.close()
total = 0
while True:
    d = s.recv(512)
    if not d:
        break
    total += len(d)
print('server got', total)
s.close()
