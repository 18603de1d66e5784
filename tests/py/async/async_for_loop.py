class AIt:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def main():
    out = []
    async for x in AIt():
        if x == 2:
            continue
        out.append(x)
    else:
        out.append('else')
    async for x in AIt():
        break
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
