using Xunit;

namespace MicroPy.Tests.Containers
{
    /// <summary>Python snippets; expected output captured from CPython 3 (python3).</summary>
    [Collection("Interp")]
    public class ViewAndRangeSnippetTests
    {
        [Fact]
        public void DictViewsSetOps()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
d = {1: 'a', 2: 'b'}
k = d.keys(); it = d.items()
d[3] = 'c'
print(k, list(k), len(k), 3 in k, k & [1, 9], k | [9], k - [1], k ^ [1, 8], it & {(1, 'a')}, k == {1, 2, 3}, k != {1})
print(k <= {1, 2, 3, 4}, k.isdisjoint([7]), [9] | k, {1} & k, [1, 5] - k, reversed is not None)
print(list(reversed(d)), list(reversed(list(d.items()))))
";
            Assert.Equal(@"dict_keys([1, 2, 3]) [1, 2, 3] 3 True {1} {1, 2, 3, 9} {2, 3} {8, 2, 3} {(1, 'a')} True True
True True {9, 2, 3, 1} {1} {5} True
[3, 2, 1] [(3, 'c'), (2, 'b'), (1, 'a')]
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }

        [Fact]
        public void RangeSlicing()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
print(range(10)[1::2][::2], range(10)[::-1], range(0, 10, 3)[5:1:-1], range(5)[10:], hash(range(0)) == hash(range(4, 2)))
print({range(3): 1}[range(0, 3)], range(1, 10, 2).count(4), range(5).index(4), list(range(3, -3, -2)))
t(lambda: range(5).index(7)); t(lambda: range(3)[-4]); t(lambda: range(1.5))
";
            Assert.Equal(@"range(1, 11, 4) range(9, -1, -1) range(9, 3, -3) range(5, 5) True
1 0 4 [3, 1, -1]
ValueError 7 is not in range
IndexError range object index out of range
TypeError 'float' object cannot be interpreted as an integer
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }
    }
}
