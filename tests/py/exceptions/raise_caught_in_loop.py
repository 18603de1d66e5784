# A raise statement whose handler is in the same interpreter loop (this frame or a Python caller) jumps there
# directly; these check that everything a host-level unwind does still happens.
import sys


def count_raises(n):
    c = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            c += 1
        except ValueError as e:
            c += 100 + e.args[0]
    return c


print(count_raises(10))


def inner(k):
    if k > 0:
        return inner(k - 1)
    raise KeyError("deep")


def outer():
    try:
        inner(5)
    except KeyError as e:
        return "caught " + repr(e)


print(outer())

log = []


def with_finally():
    try:
        try:
            raise IndexError("x")
        finally:
            log.append("finally")
    except IndexError:
        log.append("except")
    return log


print(with_finally())


class Mgr:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, t, v, tb):
        log.append(("exit", t.__name__ if t else None))
        return t is ZeroDivisionError


def with_suppress():
    with Mgr():
        raise ZeroDivisionError("suppressed")
    with Mgr():
        pass
    try:
        with Mgr():
            raise TypeError("not suppressed")
    except TypeError as e:
        log.append(str(e))


log.clear()
with_suppress()
print(log)


def reraise():
    try:
        try:
            raise OSError(5, "io")
        except OSError:
            raise
    except OSError as e:
        return e.args


print(reraise())


def chained():
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            raise RuntimeError("second") from e
    except RuntimeError as e:
        return type(e.__cause__).__name__, str(e.__cause__), str(e)


print(chained())


def raise_class():
    try:
        raise StopIteration
    except StopIteration as e:
        return type(e).__name__, e.args


print(raise_class())


def gen_raises():
    yield 1
    raise ValueError("from generator")


def consume():
    out = []
    try:
        for v in gen_raises():
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    return out


print(consume())


def gen_catches():
    for i in range(3):
        try:
            raise LookupError(i)
        except LookupError as e:
            yield e.args[0] * 10


print(list(gen_catches()))


def not_caught_here():
    raise AttributeError("up")


def caller_without_handler():
    not_caught_here()


try:
    caller_without_handler()
except AttributeError as e:
    print("top level caught", e)


class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


def custom():
    total = 0
    for i in range(4):
        try:
            raise MyErr(i)
        except MyErr as e:
            total += e.code
    return total


print(custom())


def nested_handlers():
    r = []
    try:
        try:
            raise ValueError("v")
        except TypeError:
            r.append("wrong")
    except ValueError:
        r.append("right")
    try:
        raise 5
    except TypeError as e:
        r.append("TypeError")
    return r


print(nested_handlers())


def context():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
    except KeyError as e:
        return repr(e.__context__)


print(context())
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
