using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Runtime;
using Xunit;

namespace MicroPy.Tests.Containers
{
    [Collection("Interp")]
    public class ContainerApiTests
    {
        private static PyInt I(long v)
        {
            return PyInt.Create(v);
        }

        private static string Keys(SetHash h)
        {
            string s = "";
            for (int i = h.NextEntry(-1); i >= 0; i = h.NextEntry(i))
            {
                s += (s.Length > 0 ? "," : "") + ((PyInt)h.KeyAt(i)).Value;
            }
            return s;
        }

        [Fact]
        public void SetHashIteratesInCPythonOrder()
        {
            SetHash h = new SetHash();
            h.Add(I(10));
            h.Add(I(5));
            h.Add(I(100));
            h.Add(I(7));
            // CPython: {10, 5, 100, 7} -> {10, 100, 5, 7}
            Assert.Equal("10,100,5,7", Keys(h));
            Assert.False(h.Add(I(5)));
            Assert.True(h.Contains(I(7)));
            Assert.True(h.Contains(new PyFloat(7.0)));
            Assert.True(h.Remove(I(7)));
            Assert.False(h.Contains(I(7)));
            Assert.Equal(3, h.Count);
        }

        [Fact]
        public void SetHashGrowsAndPops()
        {
            SetHash h = new SetHash();
            for (int i = 0; i < 1000; i++)
            {
                h.Add(I(i));
            }
            Assert.Equal(1000, h.Count);
            for (int i = 0; i < 1000; i++)
            {
                Assert.True(h.Contains(I(i)));
            }
            Assert.Equal(0L, ((PyInt)h.Pop()).Value);
            Assert.Equal(1L, ((PyInt)h.Pop()).Value);
            Assert.Equal(998, h.Count);
            SetHash c = new SetHash();
            c.Merge(h);
            Assert.Equal(998, c.Count);
            Assert.Equal(h.KeyAt(h.NextEntry(-1)), c.KeyAt(c.NextEntry(-1)));
        }

        [Fact]
        public void SliceIndicesFollowCPython()
        {
            int start;
            int stop;
            int step;
            Assert.Equal(3, Ops.SliceIndices(new PySlice(I(1), I(10), I(2)), 6, out start, out stop, out step));
            Assert.Equal(1, start);
            Assert.Equal(6, stop);
            Assert.Equal(2, step);
            Assert.Equal(4, Ops.SliceIndices(new PySlice(PyNone.None, PyNone.None, I(-1)), 4, out start, out stop, out step));
            Assert.Equal(3, start);
            Assert.Equal(-1, stop);
            Assert.Equal(0, Ops.SliceIndices(new PySlice(I(5), I(1), PyNone.None), 8, out start, out stop, out step));
            Assert.Equal(2, Ops.SliceIndices(new PySlice(I(-2), I(100), PyNone.None), 8, out start, out stop, out step));
            Assert.Equal(6, start);
            Assert.Throws<PyException>(() => Ops.SliceIndices(new PySlice(I(0), I(1), I(0)), 3, out start, out stop, out step));
        }

        [Fact]
        public void SortIsStableAndHonoursReverse()
        {
            new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            object[] items = { new PyTuple(new object[] { I(1), "b" }), new PyTuple(new object[] { I(0), "z" }), new PyTuple(new object[] { I(1), "a" }) };
            PyNativeFunction first = null;
            Sort.Run(items, 3, first, false);
            Assert.Equal("(0, 'z')", Ops.Repr(items[0]));
            object[] nums = { I(3), I(1), I(2), I(1) };
            Sort.Run(nums, 4, null, true);
            Assert.Equal("[3, 2, 1, 1]", Ops.Repr(new PyList(nums, 4)));
        }

        [Fact]
        public void ListAndTupleApis()
        {
            PyList l = new PyList();
            l.Append(I(1));
            l.Append("x");
            Assert.Equal("[1, 'x']", l.Repr());
            Assert.Equal("'x'", Ops.Repr(l.GetItem(I(-1))));
            Assert.Equal("(1,)", new PyTuple(new object[] { I(1) }).Repr());
            Assert.Same(PyTuple.Empty, PyTuple.Empty);
            Assert.Equal("()", PyTuple.Empty.Repr());
            Assert.Equal("slice(None, 3, None)", new PySlice(PyNone.None, I(3), PyNone.None).Repr());
        }
    }
}
