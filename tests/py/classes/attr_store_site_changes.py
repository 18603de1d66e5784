# One STORE_ATTR site and one LOAD_METHOD site run again and again while the instance and its class change under
# them (compiled code tests the attribute cache inline): values of each kind, deleted and re-added attributes,
# a property setter and __setattr__ appearing later, a method shadowed by an instance attribute.
class P:
    def __init__(self):
        self.v = 0

    def m(self):
        return "method"


def put(o, x):
    o.v = x
    return o.v


def call(o):
    return o.m()


log = []
for step, x in enumerate([1, 2.5, "s", 2 ** 70, -3, None, 7, 1.0, 8]):
    p = P()
    if step == 2:
        del p.v
    elif step == 3:
        p.w = 1
        del p.v
        p.v = "re-added"
    elif step == 5:
        P.v = property(lambda self: "prop", lambda self, val: log.append(("setter", val)))
    elif step == 6:
        del P.v
        p.__dict__["v"] = "direct"
    elif step == 7:
        P.__setattr__ = lambda self, k, val: log.append(("setattr", k, val))
    elif step == 8:
        del P.__setattr__
    log.append((step, put(p, x), sorted(p.__dict__.items(), key=repr)))
    for k in range(3):
        log.append(put(p, k * x if isinstance(x, (int, float)) else x))

q = P()
for step in range(5):
    if step == 2:
        q.m = lambda: "instance"
    elif step == 3:
        del q.m
    elif step == 4:
        P.m = lambda self: "rebound"
    log.append(call(q))
for entry in log:
    print(entry)
