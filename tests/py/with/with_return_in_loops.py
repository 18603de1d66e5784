# return from inside loops inside a with: the loop iterators must be dropped before __exit__ runs
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t)

def first(items):
    with Ctx("a"):
        for x in items:
            if x > 1:
                return x
    return None

def pair():
    with Ctx("b"):
        for i in range(3):
            for j in "xy":
                return i, j

def nested():
    with Ctx("c"), Ctx("d"):
        for i in [7, 8]:
            with Ctx("e"):
                for k in iter([i * 2]):
                    return k

def in_try():
    try:
        with Ctx("f"):
            for v in (1, 2, 3):
                try:
                    return v
                finally:
                    print("finally", v)
    finally:
        print("outer finally")

def while_in_for():
    with Ctx("g"):
        for s in ["p", "q"]:
            n = 0
            while True:
                n += 1
                if n == 2:
                    return s * n

def gen():
    with Ctx("h"):
        for v in [10, 20]:
            yield v
            return

print(first([0, 1, 5, 9]))
print(first([]))
print(pair())
print(nested())
print(in_try())
print(while_in_for())
print(list(gen()))
