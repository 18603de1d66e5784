d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d, d.setdefault('e', 5), d)
d.update({'f': 6}, g=7); print(d)
print(sorted(d), dict(zip('xy', [1, 2])), dict(a=1), dict([('p', 1)]), dict.fromkeys('ab', 0))
del d['b']; print(d)
print({k: v * 2 for k, v in d.items()}, d == {'c': 3, 'e': 5, 'f': 6, 'g': 7})
k = d.keys()
print(len(k), 'c' in k, k & {'c', 'x'})
d2 = d.copy(); d2.clear(); print(d2, d)
print(d.popitem(), d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
t = {(1, 2): 'tuple key', 3: 'int', 3.0: 'float overrides'}
print(t)
