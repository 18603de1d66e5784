log = []
class L:
    def __init__(self, n): self.n = n
    def __enter__(self):
        log.append("in" + self.n)
        return self
    def __exit__(self, t, v, tb):
        log.append("out" + self.n)
def f(x):
    with L("1"), L("2"):
        if x:
            raise ValueError
        return "ok"
print(f(0), log)
log.clear()
try:
    f(1)
except ValueError:
    print("ValueError", log)
log.clear()
while True:
    with L("w"):
        break
print(log)
