# async for accepts both __aiter__ styles: returning the async iterator (today's protocol) and an
# `async def __aiter__` whose result is awaited first (PEP 492's first version, which MicroPython 1.8.2 implements)
class Wait:
    def __init__(self, v):
        self.v = v
    def __iter__(self):
        yield ("tick", self.v)
        return self.v * 10
    __await__ = __iter__

class Direct:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return await Wait(self.i)

class Awaited(Direct):
    async def __aiter__(self):
        print("aiter awaited", await Wait(7))
        return self

async def main():
    async for x in Direct(2):
        print("direct", x)
    async for x in Awaited(2):
        print("awaited", x)
    else:
        print("else")
    return "end"

c = main()
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print("stop", e.args)
