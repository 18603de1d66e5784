# TCP echo server and clients in one interpreter, driven by select.poll (no threads).
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(8)
addr = ('127.0.0.1', srv.getsockname()[1])

poller = select.poll()
byfd = {}


def watch(s, mask):
    byfd[s.fileno()] = s
    poller.register(s, mask)


def owner(x):
    # CPython's poll reports file descriptors, MicroPython's the objects themselves.
    return byfd.get(x, x)


watch(srv, select.POLLIN)
clients = []
for i in range(5):
    c = socket.socket()
    c.connect(addr)
    msg = ('message %d ' % i).encode() * (i + 1)
    c.sendall(msg)
    clients.append((c, msg))
    watch(c, select.POLLIN)

role = {}
for c, msg in clients:
    role[c.fileno()] = 'client'
received = {}
accepted = 0
closed_by_server = 0
loops = 0
while closed_by_server < len(clients) and loops < 500:
    loops += 1
    for ev in poller.poll(1000):
        s = owner(ev[0])
        if s is srv:
            conn, peer = srv.accept()
            accepted += 1
            role[conn.fileno()] = 'server'
            watch(conn, select.POLLIN)
        elif role.get(s.fileno()) == 'server':
            data = s.recv(64)
            if data:
                s.sendall(data)
            else:
                poller.unregister(s)
                s.close()
                closed_by_server += 1
        else:
            data = s.recv(1024)
            received[s.fileno()] = received.get(s.fileno(), b'') + data
            for c, msg in clients:
                if c is s and len(received[s.fileno()]) == len(msg):
                    poller.unregister(c)
                    c.close()

print('accepted', accepted, 'closed', closed_by_server)
ok = 0
for fd, data in received.items():
    for c, msg in clients:
        if data == msg:
            ok += 1
print('echoed intact', ok)
print(sorted(len(d) for d in received.values()))
srv.close()
