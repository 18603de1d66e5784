class Wait:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ("waiting", self.v)
        return got * 2
    __iter__ = __await__  # MicroPython awaits through __iter__
async def inner(x):
    r = await Wait(x)
    return r + 1
async def outer():
    a = await inner(1)
    b = await inner(10)
    return a, b
co = outer()
print(co.send(None))
print(co.send(5))
try:
    co.send(7)
except StopIteration as e:
    print("done", e.value)
