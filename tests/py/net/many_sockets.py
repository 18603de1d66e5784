# Many sockets polled at once: select.select and select.poll report exactly the ready ones.
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

N = 24
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(N)
addr = ('127.0.0.1', srv.getsockname()[1])
clients = []
servers = []
for i in range(N):
    c = socket.socket()
    c.connect(addr)
    c.send(b'%d' % i)
    s, _ = srv.accept()
    # the first message identifies the client whatever order accept returns them in
    tag = int(s.recv(10))
    clients.append(c)
    servers.append((tag, s))
servers.sort(key=lambda t: t[0])
servers = [s for tag, s in servers]
print('pairs', len(servers))

r, w, x = select.select(servers, [], [], 0)
print('nothing readable', r)

for i in range(0, N, 3):
    clients[i].send(b'ping %d' % i)
r, w, x = select.select(servers, [], [], 2)
print('readable', sorted(servers.index(s) for s in r))
r, w, x = select.select([], clients, [], 2)
print('writable', len(w))

byfd = {}
p = select.poll()
for s in servers:
    byfd[s.fileno()] = s
    p.register(s, select.POLLIN)
ready = p.poll(2000)
print('poll', sorted(servers.index(byfd.get(e[0], e[0])) for e in ready))
print('events', set(e[1] & select.POLLIN for e in ready))
for i in range(0, N, 3):
    print(servers[i].recv(20), end=' ')
print()
print('after reading', p.poll(0))

p.unregister(servers[0])
clients[0].send(b'x')
clients[1].send(b'y')
ready = p.poll(2000)
print('unregistered not reported', sorted(servers.index(byfd.get(e[0], e[0])) for e in ready))
p.modify(servers[1], select.POLLOUT)
ready = p.poll(0)
print('modified', [(servers.index(byfd.get(e[0], e[0])), e[1] & (select.POLLIN | select.POLLOUT)) for e in ready])

for s in servers + clients:
    s.close()
srv.close()
