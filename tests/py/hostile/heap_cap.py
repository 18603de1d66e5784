# The desktop host has a board's heap (--heap, default the simulated board's): allocations beyond it are
# MemoryError, cheaply, and gc/micropython report against it. (.exp: CPython would try to allocate them.)
# nanoclr: none (the desktop host's heap option and its 16 MB default; on nanoCLR the runtime's own heap is the cap, see huge_requests.py, and exhausting it makes the POSIX nanoCLR compact its heap, which crashes there: RelocationRegion::m_offset is 32-bit unless _WIN64)
# own process: its heap figures (mem_free + mem_alloc = the 16 MB heap) depend on what the scripts before it left on a shared host
import gc


def t(label, f):
    try:
        f()
        print(label, 'ok')
    except MemoryError:
        print(label, 'MemoryError')

t('list(range)', lambda: list(range(10 ** 10)))
t('bytearray', lambda: bytearray(10 ** 10))
t('bytes', lambda: bytes(10 ** 10))
t('bytes *', lambda: b'x' * 2 ** 31)
t('str *', lambda: 'ab' * 2 ** 40)
t('list *', lambda: [0] * 2 ** 30)
t('tuple *', lambda: (0,) * 2 ** 30)


def grow():
    x = []
    while True:
        x.append([0] * 64)


def double():
    s = 'a'
    while True:
        s += s


def fill():
    d = {}
    i = 0
    while True:
        d[i] = i
        i += 1

t('append', grow)
t('concat', double)
t('dict', fill)
gc.collect()
free = gc.mem_free()
alloc = gc.mem_alloc()
print(free > 1000000, alloc > 0, abs(free + alloc - 16 * 1024 * 1024) < 100000)
x = bytearray(4 * 1024 * 1024)
print(gc.mem_free() < free - 4000000, gc.mem_alloc() > alloc + 4000000)
t('after', lambda: [0] * 100000)
