# An exception raised deep in native-to-Python re-entry (repr -> __repr__ -> repr ..., == -> __eq__, iterators calling
# next() of iterators, generators driven by builtins, getattr -> __getattr__) propagates cleanly to the top, again and
# again. On nanoCLR each exception thrown while a handler ran took one of the thread's 6 nested-exception slots: a
# chain deeper than 6 printed "TOO MANY NESTED EXCEPTIONS" and crashed the runtime (issue 24).


class R:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        if self.inner is None:
            raise ValueError('repr')
        return 'R(' + repr(self.inner) + ')'


class E:
    def __init__(self, inner):
        self.inner = inner

    def __eq__(self, other):
        if self.inner is None:
            raise KeyError('eq')
        return self.inner == other


class It:
    def __init__(self, inner):
        self.inner = inner

    def __iter__(self):
        return self

    def __next__(self):
        if self.inner is None:
            raise IndexError('next')
        return next(self.inner)


class G:
    def __init__(self, inner):
        self.inner = inner

    def __getattr__(self, name):
        if self.inner is None:
            raise TypeError('getattr')
        return getattr(self.inner, name, 0)


def gen(k):
    if k == 0:
        raise ZeroDivisionError('gen')
    yield sum(gen(k - 1))


def chain(cls, k):
    x = cls(None)
    for i in range(k):
        x = cls(x)
    return x


def attempt(label, f):
    try:
        f()
        print(label, 'no error')
    except Exception as e:
        print(label, type(e).__name__, e)


for k in (3, 8, 15):
    for rnd in range(3):
        attempt('repr %d' % k, lambda: repr(chain(R, k)))
        attempt('eq %d' % k, lambda: chain(E, k) == 1)
        attempt('next %d' % k, lambda: next(chain(It, k)))
        attempt('getattr %d' % k, lambda: chain(G, k).x)
        attempt('gen %d' % k, lambda: list(gen(k)))
        attempt('mixed %d' % k, lambda: repr(R(chain(E, k) == [chain(It, k)])))

# Everything still works afterwards.
print(repr(R(R(1))), chain(E, 0) is not None, list(gen(0) if False else []), sum(x for x in range(5)))
