using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Modules;
using Xunit;

namespace MicroPy.Tests.Objects
{
    /// <summary>Buffers, the one buffer protocol (issue 30): live storage, start and length of every buffer kind, and
    /// the read-only ones refused for writing.</summary>
    public class BuffersTests
    {
        [Fact]
        public void BytesAreReadOnly()
        {
            PyBytes b = new PyBytes(new byte[] { 1, 2, 3 });
            int off;
            int n;
            Assert.Same(b.Data, Buffers.Get(b, false, out off, out n));
            Assert.Equal(0, off);
            Assert.Equal(3, n);
            Assert.Null(Buffers.Get(b, true, out off, out n));
            Assert.Same(b.Data, Buffers.BytesOf(b));
        }

        [Fact]
        public void BytearrayGivesItsUsedLengthAndIsWritable()
        {
            PyByteArray ba = new PyByteArray(new byte[] { 9, 8, 7, 0, 0 }, 3);
            int off;
            int n;
            Assert.Same(ba.Data, Buffers.Get(ba, true, out off, out n));
            Assert.Equal(3, n);
            Assert.Equal(new byte[] { 9, 8, 7 }, Buffers.BytesOf(ba));
            Assert.NotSame(ba.Data, Buffers.BytesOf(ba));
        }

        [Fact]
        public void MemoryviewIsAWindowAndFollowsItsSourcesWritability()
        {
            PyByteArray ba = new PyByteArray(new byte[] { 1, 2, 3, 4, 5 }, 5);
            PyMemoryView mv = new PyMemoryView(ba, 1, 3);
            int off;
            int n;
            Assert.Same(ba.Data, Buffers.Get(mv, true, out off, out n));
            Assert.Equal(1, off);
            Assert.Equal(3, n);
            Assert.Equal(new byte[] { 2, 3, 4 }, Buffers.BytesOf(mv));
            PyMemoryView ro = new PyMemoryView(new PyBytes(new byte[] { 1, 2 }), 0, 2);
            Assert.Null(Buffers.Get(ro, true, out off, out n));
            Assert.NotNull(Buffers.Get(ro, false, out off, out n));
        }

        [Fact]
        public void ArrayGivesItsBytesThroughPyObjectBuffer()
        {
            PyArray a = new PyArray('h', 4);
            a.Append(PyInt.Create(1));
            a.Append(PyInt.Create(-1));
            int off;
            int n;
            Assert.Same(a.Data, Buffers.Get(a, true, out off, out n));
            Assert.Equal(4, n);
            Assert.Equal(new byte[] { 1, 0, 255, 255 }, Buffers.BytesOf(a));
        }

        [Fact]
        public void OthersHaveNoBufferAndStrOnlyForReading()
        {
            int off;
            int n;
            Assert.False(Buffers.Has("abc"));
            Assert.False(Buffers.Has(new PyList()));
            Assert.False(Buffers.Has(PyInt.Create(3)));
            Assert.Equal(new byte[] { 0x61, 0xC3, 0xA9 }, Buffers.GetReadable("a\u00e9", out off, out n));
            Assert.Equal(3, n);
            PyException e = Assert.Throws<PyException>(() => Buffers.BytesOf(new PyList()));
            Assert.Contains("bytes-like object is required, not 'list'", Ops.Str(e.Value));
        }
    }
}
