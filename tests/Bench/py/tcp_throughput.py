# TCP loopback throughput through send/recv: 256 MiB in 16 KiB chunks between two sockets of one
# interpreter (each chunk is sent, then received in full, so no threads are needed).
try:
    import usocket as socket
except ImportError:
    import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
c = socket.socket()
c.connect(('127.0.0.1', srv.getsockname()[1]))
s, _ = srv.accept()

CHUNK = 16384
TOTAL = 256 * 1024 * 1024
chunk = b'x' * CHUNK
moved = 0
while moved < TOTAL:
    c.sendall(chunk)
    got = 0
    while got < CHUNK:
        got += len(s.recv(CHUNK))
    moved += got
print(moved)
s.close()
c.close()
srv.close()
