async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
