using Xunit;

namespace MicroPy.Tests.Containers
{
    /// <summary>Python snippets; expected output captured from CPython 3 (python3).</summary>
    [Collection("Interp")]
    public class MoreContainerSnippetTests
    {
        [Fact]
        public void SortGuardsAndSubclasses()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
l = [3, 1, 2]
def ms(): l.sort(key=lambda x: l.append(1) or x)
t(ms); print(l)
class L(list):
    def __getitem__(self, i): return super().__getitem__(i) * 2
    def __setitem__(self, i, v): super().__setitem__(i, v + 1)
m = L([1, 2]); m[0] = 5; print(m[0], m, len(m), list(m), 2 in m)
class D(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
    def __missing__(self, k): return 0
d = D(); d['a'] = 1; print(d, d['zz'], d['a'])
class T(tuple): pass
print(T([1, 2]), T((1,))[0], len(T()), [].__len__(), [1].__contains__(1), (1, 2).__getitem__(0))
";
            Assert.Equal(@"ValueError list modified during sort
[1, 2, 3]
12 [6, 2] 2 [6, 2] True
{'a': 2} 0 2
(1, 2) 1 0 0 True 1
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void MiscSequences()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
t(lambda: list(zip([1], 5))); t(lambda: list(enumerate(5))); t(lambda: [1, 2, 3].index(1, 1)); t(lambda: [].index(1))
print(list(range(10, 0, -3)), range(10)[2:8:3], range(-5, 5)[::-2], range(2 ** 40)[2 ** 39], len(range(0, 10, 3)))
print(min(range(5), key=lambda x: (x - 2) ** 2), max('abc'), max([1, 2], [1, 3]), max(3.5, 2))
print(sum(range(101)), sum([], 0.0), sum((1.5, 2)), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(3)))
print(sorted([[2], [1, 5], [1]]), sorted('hello'), sorted((3, 1), reverse=True), sorted([1.5, 1, True, 0]))
print(list(zip(range(3), 'abc', [True] * 3)), list(enumerate([], 3)), dict(enumerate('xy')))
print(repr(tuple(range(1))), [[]] * 2, [0] * 3 == [0, 0, 0], (1, 2) == [1, 2], [1, 2] == [1, 2.0])
a = [1, 2, 3, 4]; del a[1]; del a[-1:]; print(a); a[0:0] = (7,); print(a)
t(lambda: a.__setitem__(slice(0, 4, 2), [1]))
x = [1, 2]; x.extend(range(3)); x.extend('ab'); x.extend(x); print(x)
print(bool(range(0)), bool(range(1)), 3 in range(1, 10, 2), 3.0 in range(5), 'a' in range(5))
print(repr(frozenset()), set([frozenset()]), {1: {2: [3, (4,)]}})
";
            Assert.Equal(@"TypeError 'int' object is not iterable
TypeError 'int' object is not iterable
ValueError 1 is not in list
ValueError 1 is not in list
[10, 7, 4, 1] range(2, 8, 3) range(4, -6, -2) 549755813888 4
2 c [1, 3] 3.5
5050 0.0 3.5 True False
[[1], [1, 5], [2]] ['e', 'h', 'l', 'l', 'o'] [3, 1] [0, 1, True, 1.5]
[(0, 'a', True), (1, 'b', True), (2, 'c', True)] [] {0: 'x', 1: 'y'}
(0,) [[], []] True False True
[1, 3]
[7, 1, 3]
ValueError attempt to assign sequence of size 1 to extended slice of size 2
[1, 2, 0, 1, 2, 'a', 'b', 1, 2, 0, 1, 2, 'a', 'b']
False True True True False
frozenset() {frozenset()} {1: {2: [3, (4,)]}}
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }
    }
}
