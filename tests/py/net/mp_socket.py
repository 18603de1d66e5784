# MicroPython specifics (compared with mp_socket.exp): domain names are refused where an address is
# needed, timeouts are OSError(ETIMEDOUT), makefile() returns the socket itself (closing the file closes the
# socket), and sockets have the stream methods read/readall/readinto(buf, nbytes)/readline/write.
import usocket as socket
import uerrno as errno

s = socket.socket()
for a in [('localhost', 80), ('www.micropython.org', 80), ('1.2.3', 80), ('300.1.1.1', 80), ('1.2.3.4.5', 80)]:
    try:
        s.connect(a)
    except OSError as e:
        print(e.args[0] == errno.EINVAL, e.args[1])
print(socket.getaddrinfo('localhost', 8080)[0])
print(socket.getaddrinfo('10.0.0.1', 53, 0, socket.SOCK_DGRAM))
print(socket.getaddrinfo('', 0)[0][-1])
s.close()

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
c = socket.socket()
c.connect(('127.0.0.1', srv.getsockname()[1]))
conn, _ = srv.accept()

f = c.makefile('rb')
print(f is c)
try:
    c.makefile('r')
except ValueError as e:
    print('ValueError', e)

c.settimeout(0.05)
try:
    c.recv(1)
except OSError as e:
    print(e.args[0] == errno.ETIMEDOUT, e)
c.settimeout(0)
try:
    c.recv(1)
except OSError as e:
    print(e)
print(c.read(5), c.readline(), c.readinto(bytearray(4)))
c.settimeout(None)

print(conn.write(b'0123456789\nabc\n'))
print(c.read(3))
print(c.readline())
buf = bytearray(10)
print(c.readinto(buf, 2), buf[:2])
print(c.readline())
conn.write(b'rest of the stream')
conn.close()
print(c.readall())

f.close()
try:
    c.send(b'x')
except OSError as e:
    print('closed by the file', e.args[0] == errno.EBADF)
print(repr(c))
srv.close()
