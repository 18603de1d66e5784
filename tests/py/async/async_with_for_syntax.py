class ACM:
    async def __aenter__(self):
        print("aenter")
        return "val"
    async def __aexit__(self, *a):
        print("aexit")
async def use():
    async with ACM() as v:
        print("body", v)
    return "ok"
c = use()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
