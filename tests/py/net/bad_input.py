# Bad input gives TypeError/OverflowError/ValueError/OSError, never a crash.
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uerrno as errno
except ImportError:
    import errno


def attempt(f, *args):
    try:
        f(*args)
        print('ok')
    except OSError as e:
        print('OSError', e.args[0])
    except Exception as e:
        print(type(e).__name__, e)


s = socket.socket()
for a in ['127.0.0.1', ('127.0.0.1',), (1, 2), ('127.0.0.1', 'x'), ('127.0.0.1', 70000),
          ('127.0.0.1', -1), ('127.0.0.1', 1, 2), ['127.0.0.1', 80], ('127.0.0.1', 1.5), ('127.0.0.1', None),
          ('127.0.0.1', 2 ** 70), None, 80]:
    attempt(s.bind, a)
    attempt(s.connect, a)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for a in [('127.0.0.1', 65536), '127.0.0.1:80', ('127.0.0.1',)]:
    attempt(u.sendto, b'x', a)
attempt(u.sendto, 'text', ('127.0.0.1', 9))
attempt(u.sendto, 123, ('127.0.0.1', 9))
attempt(s.send, 'text')
attempt(s.sendall, 5)
attempt(s.recv, -1)
attempt(s.recv, 'x')
attempt(u.recvfrom, -5)
attempt(s.settimeout, -1)
attempt(s.settimeout, 'x')
attempt(s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
attempt(s.setsockopt, socket.SOL_SOCKET, 12345, 1)
attempt(socket.socket, 12345)
attempt(socket.socket, socket.AF_INET, 12345)
attempt(socket.getaddrinfo, '127.0.0.1', 70000)
attempt(socket.getaddrinfo, '127.0.0.1', 'nope')
attempt(socket.getaddrinfo, 80, 80)

# operations on sockets in the wrong state
t = socket.socket()
attempt(t.recv, 10)
attempt(t.accept)
attempt(t.listen, 1)
t.close()
t.close()
attempt(t.recv, 10)
attempt(t.send, b'x')
attempt(t.bind, ('127.0.0.1', 0))
attempt(t.connect, ('127.0.0.1', 9))
attempt(t.accept)
attempt(t.settimeout, 1)

# binding an address in use
a = socket.socket()
a.bind(('127.0.0.1', 0))
a.listen(1)
b = socket.socket()
attempt(b.bind, ('127.0.0.1', a.getsockname()[1]))
print('bound twice', end=' ')
attempt(a.bind, ('127.0.0.1', 0))
for x in (s, u, a, b):
    x.close()
