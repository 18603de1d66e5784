# Attribute loads and stores on one instance again and again in a loop (compiled code remembers the instance's
# entry for the activation) while something between two sites changes the instance, its dict or its class:
# deleted and re-added attributes, a dict that grows, properties, descriptors and __setattr__ appearing on the class
# or a base, unboxed numbers after object values, another instance or class at the same site, generators.
class R:
    k = "class k"

    def __init__(self, a, b):
        self.a = a
        self.b = b


class S(R):
    pass


class Desc:
    def __get__(self, obj, cls):
        return "desc get"

    def __set__(self, obj, v):
        obj.__dict__["set_by_desc"] = v


def spin(r, n, hook):
    out = []
    for i in range(n):
        hook(r, i)
        r.a = r.a + i
        out.append((r.a, r.b))
    return out


def grow(r, i):
    if i == 2:
        for j in range(20):
            setattr(r, "x%d" % j, j)


def delete_readd(r, i):
    if i == 1:
        del r.a
        r.a = 100
    elif i == 3:
        del r.b
        r.b = "b again"


def to_property(r, i):
    if i == 2:
        R.b = property(lambda self: "prop b")


def dict_ops(r, i):
    if i == 1:
        r.__dict__["a"] = 1000
    elif i == 2:
        r.__dict__.clear()
        r.a = 5
        r.b = 6
    elif i == 3:
        r.__dict__.pop("b")
        r.b = -1


def first_unboxed(r, i):
    if i == 2:
        r.c = 1.5


print(spin(R(1, 2), 5, grow))
print(spin(R(1, 2), 5, delete_readd))
print(spin(R(1, 2), 4, to_property))
del R.b
print(spin(R(1, 2), 5, dict_ops))
print(spin(R(0, None), 4, first_unboxed))
print(spin(R(2 ** 65, 1.5), 3, first_unboxed))


def stores(r, n, hook):
    out = []
    for i in range(n):
        r.a = i
        hook(r, i)
        r.a = r.a * 2
        out.append(sorted((k, v) for k, v in r.__dict__.items() if k in ("a", "b", "set_by_desc")))
    return out


def add_setattr(r, i):
    if i == 2:
        S.__setattr__ = lambda self, k, v: object.__setattr__(self, k, ("via setattr", v))


def add_descriptor(r, i):
    if i == 1:
        S.a = Desc()
    elif i == 3:
        del S.a


def base_property(r, i):
    if i == 2:
        R.a = property(lambda self: 7, lambda self, v: self.__dict__.__setitem__("b", v))
    elif i == 4:
        del R.a


print(stores(S(0, 0), 4, add_setattr))
del S.__setattr__
print(stores(S(0, 0), 5, add_descriptor))
print(stores(S(0, 0), 6, base_property))


def shadow(r, n):
    out = []
    for i in range(n):
        out.append(r.k)
        if i == 1:
            r.k = "instance k"
        elif i == 3:
            del r.k
        elif i == 4:
            R.k = "class k2"
    return out


print(shadow(R(0, 0), 6))


def two(p, q, n):
    # the same names on two instances (and classes) in turn
    t = 0
    for i in range(n):
        o = p if i % 2 else q
        o.a = o.a + o.b
        t += o.a
        p.b, q.b = q.b, p.b
    return t, p.a, q.a, p.b, q.b


class Other:
    def __init__(self):
        self.b = 10
        self.a = 0.5


print(two(R(1, 2), Other(), 7))
print(two(R(1, 2), R(3, 4), 6))


def missing(r, n):
    out = []
    for i in range(n):
        try:
            out.append(r.a)
        except AttributeError:
            out.append("missing")
        if i == 1:
            del r.a
        elif i == 2:
            r.a = "back"
    return out


print(missing(R(1, 2), 4))


class G:
    def __getattr__(self, name):
        return "getattr " + name


def fallback(g, n):
    out = []
    for i in range(n):
        out.append(g.v)
        if i == 0:
            g.v = 1
        elif i == 1:
            g.v = g.v + 1
        elif i == 2:
            del g.v
    return out


print(fallback(G(), 4))


def gen(r, n):
    for i in range(n):
        r.a = r.a + 1
        yield r.a
        r.a = r.a * 10


r = R(0, 0)
out = []
for v in gen(r, 4):
    out.append(v)
    if v == 11:
        del r.a
        r.a = -100
print(out, r.a)


def same_instance_twice(r, n):
    # load and store of the same name in one expression
    for i in range(n):
        r.a += r.a
        r.b -= 1
    return r.a, r.b


print(same_instance_twice(R(1, 0), 10))
print(same_instance_twice(R(1.5, 0.25), 5))
print(same_instance_twice(R(3, 2 ** 64), 70))
