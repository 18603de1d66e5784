class Y:
    def __await__(self):
        yield 1
    __iter__ = __await__  # MicroPython awaits through __iter__
async def worker():
    try:
        await Y()
        await Y()
    finally:
        print("worker cleanup")
w = worker()
w.send(None)
w.close()
print("closed")
async def nothing():
    pass
n = nothing()
try:
    n.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
