using MicroPy.Objects;
using Xunit;

namespace MicroPy.Tests.Nano
{
    /// <summary>Regression tests for code paths rewritten for nanoCLR (see tests/nano/README.md).</summary>
    public class NanoPortabilityTests
    {
        [Fact]
        public void FindMatchesIndexOfIncludingEmptyNeedle()
        {
            Assert.Equal(0, PyStr.Find("abc", "", 0, 3));
            Assert.Equal(3, PyStr.Find("abc", "", 3, 3));
            Assert.Equal(-1, PyStr.Find("abc", "", 4, 3));
            Assert.Equal(1, PyStr.Find("abcbc", "bc", 0, 5));
            Assert.Equal(3, PyStr.Find("abcbc", "bc", 2, 5));
            Assert.Equal(-1, PyStr.Find("abcbc", "bc", 2, 4));
            Assert.Equal(-1, PyStr.Find("ab", "abc", 0, 2));
            Assert.Equal(0, PyStr.Find("abc", "abc", -5, 99));
        }

        [Fact]
        public void IdentityHashIsStableAndDistinct()
        {
            int a = Ops.NewIdentity();
            int b = Ops.NewIdentity();
            Assert.NotEqual(0, a);
            Assert.NotEqual(a, b);
            PyType t = PyType.Native("t", null, null);
            Assert.Equal(t.IdentityHash(), t.IdentityHash());
            Assert.Same(PyType.ObjectType, PyType.ObjectType);
        }
    }
}
