using Xunit;

namespace MicroPy.Tests.Containers
{
    /// <summary>Python snippets; expected output captured from CPython 3 (python3).</summary>
    [Collection("Interp")]
    public class ContainerSnippetTests
    {
        [Fact]
        public void ListErrors()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
l = [3, 1, 2]
t(lambda: l.index(5)); t(lambda: [].pop()); t(lambda: [1].pop(5)); t(lambda: l.remove(9)); t(lambda: l[10])
t(lambda: [1] + (2,)); t(lambda: l.index(2, 0, 1))
";
            Assert.Equal(@"ValueError 5 is not in list
IndexError pop from empty list
IndexError pop index out of range
ValueError list.remove(x): x not in list
IndexError list index out of range
TypeError can only concatenate list (not ""tuple"") to list
ValueError 2 is not in list
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void ListSliceAssign()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
a = [1, 2, 3]
def f(): a[::2] = [1, 2, 3]
t(f)
a = [0, 1, 2, 3, 4, 5, 6, 7]
a[1:6:2] = 'abc'; print(a)
del a[::3]; print(a)
a[2:4] = []; print(a)
a[1:1] = [9, 9, 9]; print(a)
a[::-1] = range(len(a)); print(a)
a[:] = a; print(a, a[::-2], a[-100:100], a[5:1])
";
            Assert.Equal(@"ValueError attempt to assign sequence of size 3 to extended slice of size 2
[0, 'a', 2, 'b', 4, 'c', 6, 7]
['a', 2, 4, 'c', 7]
['a', 2, 7]
['a', 9, 9, 9, 2, 7]
[5, 4, 3, 2, 1, 0]
[5, 4, 3, 2, 1, 0] [0, 2, 4] [5, 4, 3, 2, 1, 0] []
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void ListMethods()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
l = [3, 1, 2]
print(l.copy(), l.count(3), l.index(2, 1, 3))
l.insert(-10, 7); l.insert(100, 8); print(l)
l.sort(key=lambda v: -v); print(l); l.sort(reverse=True); print(l)
def bad(v): raise ValueError('k')
t(lambda: l.sort(key=bad)); print(l)
l.reverse(); print(l); print(l.pop(), l.pop(0), l); l.clear(); print(l)
l = [1, 2]; l += (3, 4); l *= 2; print(l, l * 0, 2 * [0], [1] + [2], l * -1)
x = [1]; x.append(x); print(x)
print([1, 2] < [1, 2, 3], [1, 2] == [1, 2], [2] > [1, 5], [1] != [1.0], 2 in [1, 2], [[1]] in [[1]])
words = ['bb', 'a', 'ccc', 'dd']; print(sorted(words, key=len), sorted(words, key=len, reverse=True))
";
            Assert.Equal(@"[3, 1, 2] 1 2
[7, 3, 1, 2, 8]
[8, 7, 3, 2, 1]
[8, 7, 3, 2, 1]
ValueError k
[8, 7, 3, 2, 1]
[1, 2, 3, 7, 8]
8 1 [2, 3, 7]
[]
[1, 2, 3, 4, 1, 2, 3, 4] [] [0, 0] [1, 2] []
[1, [...]]
True True True False True False
['a', 'bb', 'dd', 'ccc'] ['ccc', 'bb', 'dd', 'a']
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void Tuple()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print((1,), (), (1, 2) * 2, (1, 2).count(1), (1, 2, 3).index(3), hash((1, 2)) == hash((1, 2)), (1, 2, 3, 4, 5)[::-2], (1, 2, 3)[1:])
t(lambda: (1, 2).index(5)); t(lambda: (1,)[4]); t(lambda: hash(([],)))
print(tuple([1, 2]), tuple('ab'), tuple(), (1, 2) < (1, 3), (1,) >= (1,), (1, 2) + (3,), tuple(range(3)) is not None)
";
            Assert.Equal(@"(1,) () (1, 2, 1, 2) 1 2 True (5, 3, 1) (2, 3)
ValueError tuple.index(x): x not in tuple
IndexError tuple index out of range
TypeError unhashable type: 'list'
(1, 2) ('a', 'b') () True True (1, 2, 3) True
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void Dict()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
d = dict(a=1, b=2); print(d, dict([(1, 2), (3, 4)]), dict({1: 2}, x=5), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print(d.get('z'), d.get('z', 5), d.pop('a'), d.pop('q', 7), d.setdefault('c', 3), d)
t(lambda: d.pop('q')); t(lambda: d['nope']); t(lambda: {}.popitem()); t(lambda: {[1]: 2}); t(lambda: dict([1]))
d.update({'x': 1}); d.update([('y', 2)]); d.update(z=3); print(d, d.popitem(), d)
print(d.keys(), d.values(), d.items())
print(len(d.keys()), 'x' in d.keys(), ('x', 1) in d.items(), 1 in d.values())
print(d.keys() & {'x', 'q'}, d.keys() | {'q'} == {'b', 'c', 'x', 'y', 'q'}, d.keys() - {'x'} == {'b', 'c', 'y'})
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, d.copy() == d, list(d), list(reversed([1, 2])))
e = {}; e[1] = e; print(e)
def g():
    dd = {1: 2, 3: 4}
    for k in dd: dd[k + 10] = 1
t(g)
";
            Assert.Equal(@"{'a': 1, 'b': 2} {1: 2, 3: 4} {1: 2, 'x': 5} {'a': None, 'b': None} {1: 0, 2: 0}
None 5 1 7 3 {'b': 2, 'c': 3}
KeyError 'q'
KeyError 'nope'
KeyError 'popitem(): dictionary is empty'
TypeError unhashable type: 'list'
TypeError cannot convert dictionary update sequence element #0 to a sequence
{'b': 2, 'c': 3, 'x': 1, 'y': 2} ('z', 3) {'b': 2, 'c': 3, 'x': 1, 'y': 2}
dict_keys(['b', 'c', 'x', 'y']) dict_values([2, 3, 1, 2]) dict_items([('b', 2), ('c', 3), ('x', 1), ('y', 2)])
4 True True True
{'x'} True True
True True True ['b', 'c', 'x', 'y'] [2, 1]
{1: {...}}
RuntimeError dictionary changed size during iteration
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void Set()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(set(), {1, 2}, frozenset({1}), frozenset(), set('aab') == {'a', 'b'}, {3, 1, 2}, set(range(20)))
s = {1, 2, 3}
print(s | {4}, s & {2, 9}, s - {1}, s ^ {3, 4}, s <= {1, 2, 3}, s < {1, 2, 3}, s >= {1}, s > {1}, s == {3, 2, 1})
s.add(5); s.discard(9); s.remove(5); print(s)
t(lambda: s.remove(99)); t(lambda: set().pop()); t(lambda: {[1]})
print(s.union([7], [8]), s.intersection([1, 2], [2]), s.difference([1]), s.symmetric_difference([1, 9]), s.isdisjoint([7]), s.issubset(range(5)), s.issuperset([1]))
s2 = s.copy(); s2.update([10], [11]); s2.difference_update([10]); s2.intersection_update([1, 2, 11]); s2.symmetric_difference_update([1, 5]); print(s2)
s2 |= {100}; s2 &= {100, 2}; s2 -= {2}; s2 ^= {7}; print(s2)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 1}, frozenset([1]) | {2}, {2} | frozenset([1]))
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, {-1, -2, -3, 0})
x = set()
for i in range(30): x.add(i * 7 % 50)
for i in range(0, 30, 3): x.discard(i * 7 % 50)
print(x, x.pop(), x.pop(), x)
def g2():
    q = {1, 2}
    for k in q: q.add(k + 10)
t(g2)
";
            Assert.Equal(@"set() {1, 2} frozenset({1}) frozenset() True {1, 2, 3} {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}
{1, 2, 3, 4} {2} {2, 3} {1, 2, 4} True False True True True
{1, 2, 3}
KeyError 99
KeyError 'pop from an empty set'
TypeError unhashable type: 'list'
{1, 2, 3, 7, 8} {2} {2, 3} {2, 3, 9} True True True
{2, 11, 5}
{100, 7}
True {frozenset({1}): 1} frozenset({1, 2}) {1, 2}
frozenset set {0, -3, -1, -2}
{6, 7, 11, 12, 14, 19, 20, 25, 27, 28, 32, 33, 35, 40, 41, 46, 48, 49} 3 4 {6, 7, 11, 12, 14, 19, 20, 25, 27, 28, 32, 33, 35, 40, 41, 46, 48, 49}
RuntimeError Set changed size during iteration
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void RangeAndIterators()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
r = range(1, 20, 3)
print(r, range(5), range(0, 5, -1), len(r), r[2], r[-1], r[1:3], r[::-1], 7 in r, 8 in r, list(reversed(r)), range(3) == range(0, 3), range(0) == range(5, 2))
t(lambda: r[100]); t(lambda: range(1, 2, 0))
print(r.start, r.stop, r.step, r.index(7), r.count(7))
print(list(enumerate('ab', start=5)), list(zip('ab', [1, 2, 3], (9, 8))), list(zip()), list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, '', 2])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')))
class R:
    def __reversed__(self): return iter([9])
class S:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
print(list(reversed(R())), list(reversed(S())), list(S()))
print(list(iter([1, 2, 3, 0, 5].pop, 0)))
";
            Assert.Equal(@"range(1, 20, 3) range(0, 5) range(0, 5, -1) 7 7 19 range(4, 10, 3) range(19, -2, -3) True False [19, 16, 13, 10, 7, 4, 1] True True
IndexError range object index out of range
ValueError range() arg 3 must not be zero
1 20 3 2 1
[(5, 'a'), (6, 'b')] [('a', 1, 9), ('b', 2, 8)] [] [4, 6]
[1, 2] [2, 3]
[3, 2, 1] [2, 1] ['c', 'b', 'a']
[9] [10, 0] [0, 10]
[5]
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void SliceObject()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
sl = slice(1, 10, 2); print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4), slice(5).indices(3))
t(lambda: slice(0, 1, 0).indices(3)); t(lambda: hash(slice(1)))
print([1, 2, 3, 4][slice(1, None)], 'abcdef'[slice(None, None, 2)], slice(1, 2) == slice(1, 2))
";
            Assert.Equal(@"slice(1, 10, 2) 1 10 2 (1, 5, 2) (3, -1, -1) (0, 3, 1)
ValueError slice step cannot be zero
TypeError unhashable type: 'slice'
[2, 3, 4] ace True
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }
    }
}
