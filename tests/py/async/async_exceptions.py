class Sleep:
    def __await__(self):
        yield "sleep"
    __iter__ = __await__  # MicroPython awaits through __iter__
async def failing():
    await Sleep()
    raise ValueError("async fail")
co = failing()
print(co.send(None))
try:
    co.send(None)
except ValueError as e:
    print("ValueError", e)
async def catches():
    try:
        await Sleep()
    except KeyError as e:
        return "caught " + str(e)
c2 = catches()
c2.send(None)
try:
    c2.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
