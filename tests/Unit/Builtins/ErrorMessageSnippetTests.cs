using Xunit;

namespace MicroPy.Tests.Builtins
{
    /// <summary>Python snippets; expected output captured from CPython 3 (python3).</summary>
    [Collection("Interp")]
    public class ErrorMessageSnippetTests
    {
        [Fact]
        public void SequenceTypeErrors()
        {
            string src = @"def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))
t(lambda: [1, 2] * 'a'); t(lambda: 1.5 * [1]); t(lambda: (1,) * None); t(lambda: [1] * 2 ** 100)
i = 1.5; s = 'a'; n = None
t(lambda: [1][i]); t(lambda: [1][s]); t(lambda: (1,)[n])
class X:
    def __rmul__(self, o): return 'rmul'
    def __index__(self): return 2
print([1] * X(), (1,) * X(), [1, 2, 3][X()])
t(lambda: getattr(1, 2)); t(lambda: hasattr(1, 5)); t(lambda: sorted([1], cmp=None))
";
            Assert.Equal(@"TypeError can't multiply sequence by non-int of type 'str'
TypeError can't multiply sequence by non-int of type 'float'
TypeError can't multiply sequence by non-int of type 'NoneType'
OverflowError cannot fit 'int' into an index-sized integer
TypeError list indices must be integers or slices, not float
TypeError list indices must be integers or slices, not str
TypeError tuple indices must be integers or slices, not NoneType
rmul rmul 3
TypeError attribute name must be string, not 'int'
TypeError attribute name must be string, not 'int'
TypeError 'cmp' is an invalid keyword argument for sort()
", MicroPy.Tests.Containers.PyRunner.Run(src));
        }
    }
}
