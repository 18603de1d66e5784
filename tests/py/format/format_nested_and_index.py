data = {"user": {"name": "ann", "tags": ["a", "b"]}}
print("{0[user][name]} {0[user][tags][1]}".format(data))
class O:
    def __init__(self):
        self.inner = {"v": 5}
        self.lst = [1, 2]
print("{0.inner[v]} {0.lst[0]}".format(O()))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{0:{1}}".format("x", ">3"))
