# An HTTP/1.0 GET against a tiny server the script runs itself (single-threaded: the request fits the
# socket buffers, so the client can write it before the server reads it).
try:
    import usocket as socket
except ImportError:
    import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(2)
port = srv.getsockname()[1]

ai = socket.getaddrinfo('127.0.0.1', port)[0]
print(ai[0] == socket.AF_INET, ai[-1] == ('127.0.0.1', port))
cli = socket.socket()
cli.connect(ai[-1])
cli.send(b'GET /hello?name=nano HTTP/1.0\r\n')
cli.send(b'Host: 127.0.0.1\r\nUser-Agent: test\r\n\r\n')

conn, peer = srv.accept()
req = conn.makefile('rb')
line = req.readline()
method, path, version = line.decode().split()
headers = {}
while True:
    h = req.readline()
    if h in (b'\r\n', b''):
        break
    k, v = h.decode().split(':', 1)
    headers[k.strip().lower()] = v.strip()
body = ('<h1>%s %s</h1>\n' % (method, path)).encode() * 50
conn.sendall(b'HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n' % len(body))
conn.sendall(body)
req.close()
conn.close()
print(method, path, version, sorted(headers.items()))

resp = cli.makefile('rb')
status = resp.readline()
print(status)
rh = {}
while True:
    h = resp.readline()
    if h == b'\r\n':
        break
    k, v = h.decode().split(':', 1)
    rh[k.lower()] = v.strip()
print(sorted(rh.items()))
data = resp.read()
print(len(data) == int(rh['content-length']), data[:40])
print(resp.read(), cli.recv(10))
resp.close()
cli.close()
srv.close()
