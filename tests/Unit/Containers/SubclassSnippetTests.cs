using Xunit;

namespace MicroPy.Tests.Containers
{
    /// <summary>Python snippets; expected output captured from CPython 3 (python3).</summary>
    [Collection("Interp")]
    public class SubclassSnippetTests
    {
        [Fact]
        public void SubclassesAndUnpacking()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
class D(dict): pass
print(type(D.fromkeys([1])).__name__, D.fromkeys('ab', 0))
class S(set): pass
class F(frozenset): pass
print(S([1, 2]), F([3]), S(), F(), type(S([1]) | {2}).__name__, S([1]) == {1}, str(S([4])))
a = {'x': 1}; b = {'y': 2}
print({**a, **b}, [*range(3), *'ab'], {*range(3), 5}, {i % 3 for i in range(10)})
print(max([(1, 'a'), (1, 'b')], key=lambda p: p[0]), min([3, 1, 1.0], key=abs), max(x * x for x in range(4)))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter({}.items())).__name__)
";
            Assert.Equal(@"D {'a': 0, 'b': 0}
S({1, 2}) F({3}) S() F() set True S({4})
{'x': 1, 'y': 2} [0, 1, 2, 'a', 'b'] {0, 1, 2, 5} {0, 1, 2}
(1, 'a') 1 9
list_iterator tuple_iterator dict_keyiterator dict_itemiterator
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }
    }
}
