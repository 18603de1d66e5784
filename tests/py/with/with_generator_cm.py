class Tag:
    def __init__(self, name, out):
        self.name = name
        self.out = out
    def __enter__(self):
        self.out.append("<" + self.name + ">")
    def __exit__(self, *a):
        self.out.append("</" + self.name + ">")
out = []
with Tag("a", out):
    with Tag("b", out):
        out.append("text")
print("".join(out))
def gen():
    with Tag("g", out):
        yield 1
        yield 2
out.clear()
for v in gen():
    out.append(str(v))
print(out)
