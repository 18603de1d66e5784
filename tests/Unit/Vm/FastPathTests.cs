using Xunit;

namespace MicroPy.Tests.VmTests
{
    /// <summary>
    /// The VM's fast paths (attribute cache, float arithmetic, for loops without iterator objects, slice
    /// assignment in place, %d formatting) keep CPython's results; expected texts are CPython 3.11's output.
    /// </summary>
    [Collection("Platform")]
    public class FastPathTests
    {
        private const string AttrSource = @"class A:
    k = 1
    def m(self):
        return 'A.m'
class B(A):
    pass
def read(o):
    return o.k
def call(o):
    return o.m()
def store(o, v):
    o.k = v
b = B()
out = []
for i in range(3):
    out.append(read(b))
A.k = 2
out.append(read(b))
B.k = 3
out.append(read(b))
b.k = 4
out.append(read(b))
del b.k
out.append(read(b))
del B.k
out.append(read(b))
A.__dict__ if False else None
out.append(call(b))
b.m = lambda: 'own'
out.append(call(b))
del b.m
out.append(call(b))
def m2(self):
    return 'B.m2'
B.m = m2
out.append(call(b))
B.k = property(lambda self: 'prop')
out.append(read(b))
try:
    store(b, 5)
except AttributeError as e:
    out.append('AttributeError')
del B.k
store(b, 6)
out.append(read(b))
log = []
def sa(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
B.__setattr__ = sa
store(b, 7)
out.append(read(b))
out.append(log)
class G:
    def __getattr__(self, name):
        return 'ga:' + name
g = G()
out.append(read(g))
G.k = 'cls'
out.append(read(g))
c1 = B(); c2 = B()
c1.x = 1; c1.y = 2
c2.y = 3; c2.x = 4
def rx(o):
    return o.x + o.y
out.append([rx(c1), rx(c2), rx(c1), rx(c2)])
class S:
    @staticmethod
    def s():
        return 'static'
    @classmethod
    def c(cls):
        return cls.__name__
so = S()
out.append([so.s(), so.c(), so.s(), so.c()])
l = [1]
def app(x):
    l.append(x)
app(2); app(3)
out.append(l)
print(out)
";

        private const string AttrExpected = @"[1, 1, 1, 2, 3, 4, 3, 2, 'A.m', 'own', 'A.m', 'B.m2', 'prop', 'AttributeError', 6, 7, ['k', 'x', 'y', 'y', 'x'], 'ga:k', 'cls', [3, 7, 3, 7], ['static', 'S', 'static', 'S'], [1, 2, 3]]
";

        private const string LoopSource = @"out = []
l = [1, 2, 3]
for x in l:
    out.append(x)
    if x == 2:
        l.append(9)
for x in l:
    if x == 2:
        l.remove(x)
    out.append(x)
for x in (4, 5):
    out.append(x)
else:
    out.append('else')
for x in range(10, 0, -3):
    out.append(x)
for x in range(0):
    out.append('never')
else:
    out.append('empty-else')
for x in []:
    pass
for x in [7, 8, 9]:
    if x == 8:
        break
    out.append(x)
else:
    out.append('not here')
def gen(seq):
    for x in seq:
        yield x * 2
out.append(list(gen([1, 2, 3])))
out.append(list(gen((4,))))
out.append(list(gen(range(3))))
out.append([a + b for a in [1, 2] for b in (10, 20)])
out.append(sum(x for x in [1, 2, 3]))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    out.append(a + b + i)
big = 2 ** 62
for x in range(big, big + 2):
    out.append(x)
for x in range(-2, 2):
    out.append(x)
try:
    for x in [1, 2]:
        raise ValueError(x)
except ValueError as e:
    out.append(str(e))
def ret_in_loop():
    for x in [5, 6]:
        return x
out.append(ret_in_loop())
n = 0
for s in ['a', 'b']:
    for t in ('c', 'd'):
        n += 1
out.append(n)
l2 = [1, 2, 3]
for x in l2:
    l2.clear()
    out.append(x)
print(out)
print('%d|%i|%5d|%-4d|%03d|%+d|% d|%x|%X|%o|%#x|%d' % (-12, 34, 5, 6, 7, 8, 9, 255, 255, 8, 255, 2**70))
print('%d %s' % (True, 'x'), '%d' % -9223372036854775808, '%d' % 0, hex(-255), oct(8), bin(-5), format(255, 'x'))
print(1.5 < 2, 2 < 1.5, 1.0 == 1, 3 != 3.0, 2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 7 / 2, -7 / 2, 1.0 / 3, 2 * 0.5, 1 - 0.25, float('nan') < 1, float('nan') != float('nan'))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
p = list(range(8))
p[:3] = p[2::-1]
q = list(range(5)); q[1:4] = [9]; r = list(range(3)); r[1:1] = (7, 8, 9, 10, 11, 12)
s = [1, 2, 3]; s[:] = s; t = [1, 2, 3]; t[0:2] = 'ab'
print(p, q, r, s, t)
";

        private const string LoopExpected = @"[1, 2, 3, 9, 1, 2, 9, 4, 5, 'else', 10, 7, 4, 1, 'empty-else', 7, [2, 4, 6], [8], [0, 2, 4], [11, 21, 12, 22], 6, 3, 8, 4611686018427387904, 4611686018427387905, -2, -1, 0, 1, '1', 5, 4, 1]
-12|34|    5|6   |007|+8| 9|ff|FF|10|0xff|1180591620717411303424
1 x -9223372036854775808 0 -0xff 0o10 -0b101 ff
True False True False True False 3.5 -3.5 0.3333333333333333 1.0 0.75 False True
float division by zero
division by zero
[2, 1, 0, 3, 4, 5, 6, 7] [0, 9, 4] [0, 7, 8, 9, 10, 11, 12, 1, 2] [1, 2, 3] ['a', 'b', 3]
";

        [Fact]
        public void AttributeCacheFollowsClassAndInstanceChanges()
        {
            VmTestHost h = new VmTestHost();
            Assert.Equal(AttrExpected, h.Run(AttrSource));
        }

        [Fact]
        public void LoopsFloatsSlicesAndFormattingMatchCPython()
        {
            VmTestHost h = new VmTestHost();
            Assert.Equal(LoopExpected, h.Run(LoopSource));
        }
    }
}
