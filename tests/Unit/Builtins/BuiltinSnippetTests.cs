using Xunit;

namespace MicroPy.Tests.Builtins
{
    /// <summary>Python snippets; expected output captured from CPython 3 (python3).</summary>
    [Collection("Interp")]
    public class BuiltinSnippetTests
    {
        [Fact]
        public void NumericHelpers()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(abs(-3), abs(-2.5), bin(5), bin(-5), oct(8), hex(255), hex(-1), bin(0), hex(2 ** 70))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, 10, 1000), pow(2, -1), pow(3, 4, 5))
print(round(2.5), round(3.5), round(2.675, 2), round(7), round(1234, -2), round(-0.5), type(round(1.5)).__name__)
t(lambda: hex(1.5)); t(lambda: divmod(1, 0)); t(lambda: abs('x'))
";
            Assert.Equal(@"3 2.5 0b101 -0b101 0o10 0xff -0x1 0b0 0x400000000000000000
(3, 1) (-4, 1) (3.0, 1.5) 1024 24 0.5 1
2 4 2.67 7 1200 0 int
TypeError 'float' object cannot be interpreted as an integer
ZeroDivisionError integer division or modulo by zero
TypeError bad operand type for abs(): 'str'
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void Predicates()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(all([]), all([1, 0]), any([0, 1]), any([]), bool(), bool([1]), callable(len), callable(1))
print(isinstance(1, int), isinstance(1, (str, (float, int))), isinstance(True, int), issubclass(bool, int), issubclass(int, (str, object)))
t(lambda: isinstance(1, 5))
print(isinstance([], list), isinstance({}, dict), isinstance(range(3), range), isinstance(slice(1), slice))
";
            Assert.Equal(@"True False True False False True True False
True True True True True
TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
True True True True
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void CharsAndLen()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(chr(65), chr(0x263a), ord('a'), ord('\u263a'), len('abc'), len([1]), len({1: 2}), len(range(10)))
t(lambda: ord('ab')); t(lambda: chr(-1)); t(lambda: len(5))
";
            Assert.Equal(@"A ☺ 97 9786 3 1 1 10
TypeError ord() expected a character, but string of length 2 found
ValueError chr() arg not in range(0x110000)
TypeError object of type 'int' has no len()
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void MinMaxSumSorted()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(max([1, 5, 3]), max(1, 5, 3), max([], default=9), max(['a', 'bbb', 'cc'], key=len), min(3, 1, 2), min([4, 2], key=lambda x: -x), min((), default=None))
t(lambda: max([])); t(lambda: min([])); t(lambda: max())
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(sorted([3, 1, 2]), sorted('cba', reverse=True), sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda p: p[0]), sorted({3: 1, 1: 2}))
t(lambda: sorted(5)); t(lambda: sorted([1, 'a']))
";
            Assert.Equal(@"5 5 9 bbb 1 4 None
ValueError max() arg is an empty sequence
ValueError min() arg is an empty sequence
TypeError max expected at least 1 argument, got 0
6 13 0.75 [1, 2]
[1, 2, 3] ['c', 'b', 'a'] [(0, 'z'), (1, 'b'), (1, 'a')] [1, 3]
TypeError 'int' object is not iterable
TypeError '<' not supported between instances of 'str' and 'int'
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void IterNext()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
it = iter([1, 2]); print(next(it), next(it), next(it, 'end'))
t(lambda: next(iter([]))); t(lambda: next(5)); t(lambda: iter(5))
e = enumerate([1]); print(next(e), type(e).__name__)
print(list(zip(*[(1, 2), (3, 4)])), dict(zip('ab', range(2))), list(map(str, [1, 2])), list(map(pow, [2, 3], [2, 2])))
";
            Assert.Equal(@"1 2 end
StopIteration 
TypeError 'int' object is not an iterator
TypeError 'int' object is not iterable
(0, 1) enumerate
[(1, 3), (2, 4)] {'a': 0, 'b': 1} ['1', '2'] [4, 9]
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void Attributes()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
class A:
    x = 1
    def __init__(self): self.y = 2
a = A()
print(getattr(a, 'x'), getattr(a, 'nope', 5), hasattr(a, 'y'), hasattr(a, 'z'))
setattr(a, 'z', 3); print(a.z); delattr(a, 'z'); print(hasattr(a, 'z'), 'y' in dir(a), 'append' in dir([]))
t(lambda: getattr(a, 'nope'))
print(type(1), type('a'), type([]), type(type), type(None).__name__, hash(1) == hash(1.0), id(a) == id(a))
";
            Assert.Equal(@"1 5 True False
3
False True True
AttributeError 'A' object has no attribute 'nope'
<class 'int'> <class 'str'> <class 'list'> <class 'type'> NoneType True True
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void EvalExec()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(eval('1+2'), eval('x*2', {'x': 4}))
g = {}
exec('y = 5\ndef f(): return y', g); print(g['y'], g['f']())
c = compile('3*3', '<s>', 'eval'); print(eval(c))
def loc():
    q = 1
    return sorted(locals().items())
print(loc(), __import__('sys').__name__)
";
            Assert.Equal(@"3 8
5 5
9
[('q', 1)] sys
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void Print()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(1, 2, sep='-', end='!\n')
print('a', 'b', sep=None, end=None)
class W:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s)
w = W(); print('a', 'b', file=w); print(w.buf)
print(NotImplemented, Ellipsis, ...)
";
            Assert.Equal(@"1-2!
a b
['a', ' ', 'b', '\n']
NotImplemented Ellipsis Ellipsis
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void Decorators()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
class Q(P):
    def __init__(self):
        super().__init__()
        self.w = 1
p = P(); p.v = 7; print(p.v, P.s(), P.c(), p.c(), Q().v, type(object()).__name__)
";
            Assert.Equal(@"7 s P P 1 object
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void Constructors()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(int('10', 2), int(3.9), float('1.5'), complex(1, 2), str(None), bytes([65, 66]), bytearray(b'ab'), list(memoryview(b'ab')))
print(list('ab'), tuple({1: 2}), dict(a=1) == {'a': 1}, set([1, 1]), frozenset([1]) == {1}, list(range(3)), repr('a'), str(b'x'))
";
            Assert.Equal(@"2 3 1.5 (1+2j) None b'AB' bytearray(b'ab') [97, 98]
['a', 'b'] (1,) True {1} True [0, 1, 2] 'a' b'x'
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }
    }
}
