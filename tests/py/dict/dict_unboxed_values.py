# dict values the VM keeps unboxed (d[k] = int, d.get(k, default) + i, d[k] += 1): subclasses with __missing__,
# __getitem__ and __setitem__ still run theirs, and every other read sees the same numbers.
class D(dict):
    def __missing__(self, k):
        return 'missing ' + str(k)
    def __getitem__(self, k):
        return ('gi', dict.__getitem__(self, k))
d = D()
d['a'] = 5
print(d['a'], d['zz'] if False else None)
class E(dict):
    def __missing__(self, k):
        return 'missing ' + str(k)
e = E(); e[1] = 1000
print(e[1], e[2])
class S(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
s = S()
for i in range(3):
    s[i] = i + 1000
print(s, len(s), len([1]*300))
def f():
    d = {}
    for i in range(1000):
        d[i % 7] = d.get(i % 7, 1 << 40) + i
        d['f'] = d.get('f', 0.5) * 1.01
    x = d[3]
    d[3] += 1
    d[4] -= 2**70
    print(sorted(d.items(), key=repr), x, d[3], d.get(99), d.get(99, 12345), d.pop(5), d[6] is d[6] or True)
    print({k: v for k, v in d.items() if k != 'f'})
f()
