# A key's __eq__ that changes the dict it is being looked up in: the dict stays consistent.

class DelSelf:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        del d[a]
        return True

d = {}
a = DelSelf()
d[a] = 1
d[DelSelf()] = 'x'
print(list(d.values()))


class Clears:
    def __hash__(self):
        return 7

    def __eq__(self, o):
        d.clear()
        return True

d = {}
d[Clears()] = 1
d[Clears()] = 2
print(len(d), list(d.values()))
d = {}
d[Clears()] = 1
print(Clears() in d, d.get(Clears(), 'none'), len(d))


class Grows:
    n = 0

    def __hash__(self):
        return 3

    def __eq__(self, o):
        if Grows.n < 1:
            Grows.n += 1
            for i in range(100):
                d[i] = i
        return False

d = {}
d[Grows()] = 'first'
d[Grows()] = 'second'
print(len(d), sorted(v for v in d.values() if isinstance(v, str)))
print(sum(v for v in d.values() if isinstance(v, int)))


class PopsOthers:
    def __hash__(self):
        return 5

    def __eq__(self, o):
        for k in [k for k in d if isinstance(k, int)]:
            del d[k]
        return False

d = {}
for i in range(20):
    d[i] = i
d[PopsOthers()] = 'p'
d[PopsOthers()] = 'q'
print(len(d), sorted(d.values()))
try:
    del d[PopsOthers()]
except KeyError:
    print('KeyError')
print(d.pop(PopsOthers(), 'absent'))


class EqEq:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        other.clear()
        return True

other = {EqEq(): 1, 2: 3}
mine = {EqEq(): 1, 2: 3}
print(mine == other, len(other))


class ReprPops:
    def __repr__(self):
        d.popitem()
        return 'R'

d = {ReprPops(): 1}
print(repr(d), len(d))
d = {1: ReprPops(), 2: 3}
print(len(repr(d)) > 0, len(d))
