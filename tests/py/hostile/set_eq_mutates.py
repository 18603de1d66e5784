# An element's __eq__ that changes the set it is being looked up in: the set stays consistent.

class Clears:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        s.clear()
        return False

s = set()
s.add(Clears())
s.add(Clears())
print(len(s))
s = {Clears()}
print(Clears() in s, len(s))
s = {Clears()}
s.discard(Clears())
print(len(s))


class Grows:
    n = 0

    def __hash__(self):
        return 2

    def __eq__(self, o):
        if Grows.n < 1:
            Grows.n += 1
            for i in range(200):
                s.add(i)
        return False

s = set()
s.add(Grows())
s.add(Grows())
print(len(s), sum(x for x in s if isinstance(x, int)))


class Removes:
    def __hash__(self):
        return 4

    def __eq__(self, o):
        s.discard(first)
        return True

first = Removes()
s = {first}
s.add(Removes())
print(len(s))
s = {first}
try:
    s.remove(Removes())
    print('removed', len(s))
except KeyError:
    print('KeyError', len(s))
