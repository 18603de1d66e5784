# Timeouts (OSError, ETIMEDOUT on MicroPython / TimeoutError on CPython), non-blocking EAGAIN and
# EINPROGRESS, refused connections.
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uerrno as errno
except ImportError:
    import errno
try:
    import uselect as select
except ImportError:
    import select

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(4)
addr = ('127.0.0.1', srv.getsockname()[1])
print(srv.gettimeout())

c = socket.socket()
c.settimeout(2)
c.connect(addr)
conn, _ = srv.accept()

c.settimeout(0.05)
print(c.gettimeout())
try:
    c.recv(10)
    print('no timeout?')
except OSError as e:
    print('recv timed out', isinstance(e, OSError))

c.settimeout(0)
print(c.gettimeout())
try:
    c.recv(10)
except OSError as e:
    print('recv EAGAIN', e.args[0] == errno.EAGAIN)
conn.send(b'now')
print(select.select([c], [], [], 2)[0] == [c])
print(c.recv(10))

c.setblocking(True)
print(c.gettimeout())
c.setblocking(False)
print(c.gettimeout())
c.settimeout(None)

srv.setblocking(False)
try:
    srv.accept()
except OSError as e:
    print('accept EAGAIN', e.args[0] == errno.EAGAIN)
srv.settimeout(0.05)
try:
    srv.accept()
except OSError as e:
    print('accept timed out', isinstance(e, OSError))
srv.setblocking(True)

# non-blocking connect: EINPROGRESS, then writable once the handshake is done
n = socket.socket()
n.setblocking(False)
try:
    n.connect(addr)
    print('connected at once')
except OSError as e:
    print('connect EINPROGRESS', e.args[0] == errno.EINPROGRESS)
r, w, x = select.select([], [n], [], 2)
print('writable', w == [n])
conn2, _ = srv.accept()
n.setblocking(True)
n.send(b'via nb connect')
print(conn2.recv(100))

# a port nobody listens on
tmp = socket.socket()
tmp.bind(('127.0.0.1', 0))
dead = ('127.0.0.1', tmp.getsockname()[1])
tmp.close()
r = socket.socket()
try:
    r.connect(dead)
except OSError as e:
    print('refused', e.args[0] == errno.ECONNREFUSED)
r.close()

# a small timeout on a blocking op that does complete in time
conn.settimeout(1.5)
c.send(b'quick')
print(conn.recv(10))

for s in (c, conn, n, conn2, srv):
    s.close()
