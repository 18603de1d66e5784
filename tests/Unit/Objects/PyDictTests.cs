using MicroPy.Objects;
using Xunit;

namespace MicroPy.Tests.Objects
{
    public class PyDictTests
    {
        [Fact]
        public void KeepsInsertionOrderAcrossGrowthAndDeletion()
        {
            PyDict d = new PyDict();
            for (int i = 0; i < 100; i++)
            {
                d.SetStr("k" + i, PyInt.Create(i));
            }
            for (int i = 0; i < 100; i += 2)
            {
                Assert.True(d.Remove("k" + i));
            }
            Assert.Equal(50, d.Count);
            int expect = 1;
            for (int e = d.NextEntry(-1); e >= 0; e = d.NextEntry(e))
            {
                Assert.Equal("k" + expect, d.KeyAt(e));
                Assert.Equal((long)expect, ((PyInt)d.ValueAt(e)).Value);
                expect += 2;
            }
            Assert.Null(d.GetStr("k0"));
            Assert.Equal(99L, ((PyInt)d.GetStr("k99")).Value);
        }

        [Fact]
        public void IntKeysAndStringKeysAreDistinct()
        {
            PyDict d = new PyDict();
            d.Set(PyInt.Create(1), "one");
            d.Set("1", "str one");
            Assert.Equal("one", d.Get(PyInt.Create(1)));
            Assert.Equal("str one", d.Get("1"));
            Assert.Throws<PyException>(() => d.GetItem(PyInt.Create(2)));
        }
    }
}
