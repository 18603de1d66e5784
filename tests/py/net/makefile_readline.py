# makefile('rb'/'wb') streams over sockets: readline, write + flush, read of a known size, with.
try:
    import usocket as socket
except ImportError:
    import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
c = socket.socket()
c.connect(('127.0.0.1', srv.getsockname()[1]))
s, _ = srv.accept()

w = c.makefile('wb')
for i in range(20):
    w.write(b'line %d: ' % i + b'=' * i + b'\n')
w.write(b'tail')
w.flush()
c.sendall(b' and more')

r = s.makefile('rb')
lines = []
for i in range(20):
    lines.append(r.readline())
print(lines[0], lines[7], lines[19])
print(sum(len(x) for x in lines))
print(r.read(8))
s.sendall(b'pong\n')
rr = c.makefile('rb')
print(rr.readline())

# a long line that needs several receives
c.sendall(b'L' * 5000 + b'\nshort\n')
line = r.readline()
print(len(line), line[-2:])
print(r.readline())

# with-statement closes the socket
with socket.socket() as t:
    t.bind(('127.0.0.1', 0))
    print('in with', t.fileno() >= 0)
print('after with', t.fileno())

r.close()
rr.close()
w.close()
s.close()
c.close()
srv.close()
