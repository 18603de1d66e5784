class Yield:
    def __await__(self):
        yield
    __iter__ = __await__  # MicroPython awaits through __iter__
async def task(name, n, log):
    for i in range(n):
        log.append(name + str(i))
        await Yield()
    return name
def run(coros):
    log_done = []
    while coros:
        for c in list(coros):
            try:
                c.send(None)
            except StopIteration as e:
                log_done.append(e.value)
                coros.remove(c)
    return log_done
log = []
print(run([task("a", 3, log), task("b", 2, log)]))
print(log)
