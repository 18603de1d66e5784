class Lock:
    def __init__(self): self.held = False
    def __enter__(self):
        assert not self.held
        self.held = True
        return self
    def __exit__(self, *a):
        self.held = False
lk = Lock()
with lk as l:
    print(l.held, l is lk)
print(lk.held)
try:
    with lk:
        raise IndexError
except IndexError:
    print("released", lk.held)
