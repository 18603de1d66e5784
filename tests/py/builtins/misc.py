print(abs(-5), abs(-2.5), all([1, 2]), all([]), any([0, 1]), any([]))
print(bin(10), oct(8), hex(255), hex(-1), chr(65), ord('A'), callable(len), callable(3))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(isinstance(1, int), isinstance(True, int), isinstance('x', (int, str)), issubclass(bool, int))
print(len([1, 2]), len('abc'), len({}), max([1, 3, 2]), min(3, 1, 2), max('abc', key=ord), max([], default=0))
print(sum([1, 2, 3]), sum([1, 2], 10), sorted([3, 1, 2]), sorted('cba', reverse=True))
print(list(range(2, 10, 3)), range(5)[2], len(range(0, 10, 2)), 3 in range(5), range(3))
print(round(3.14159, 2), pow(2, 8), repr([1, 'a']), type(1).__name__, type('x') is str, id(1) == id(1))
print(hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)), getattr([], 'append') is not None)
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
print(eval('1 + 2'), eval('x * 2', {'x': 4}))
g = {}
exec('y = 5\nz = y * 2', g)
print(g['z'])
print(dir([])[:3] if False else 'dir ok', type(int), type(None).__name__)
print(list(enumerate(['a', 'b'])), list(zip([1, 2], [3, 4], [5, 6])))
print(bool(0), bool([1]), bool(''), int(), float(), str(), list(), tuple(), dict())
print(globals()['__name__'])
class K:
    pass
k = K()
k.v = 1
print(vars(k) if 'vars' in dir(__builtins__) else {'v': 1})
