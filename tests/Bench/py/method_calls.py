class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by):
        self.n += by
        return self
    def get(self):
        return self.n
def run(n):
    c = Counter()
    for i in range(n):
        c.inc(1).inc(2)
        c.get()
    return c.get()
run(100000)
