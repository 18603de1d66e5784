using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>
    /// ptr8/ptr16/ptr32 of @micropython.viper code, which runs here as bytecode: p[i] reads and writes the i-th
    /// unsigned little-endian item of 1, 2 or 4 bytes in the buffer the pointer was made from (bytearray, array,
    /// memoryview; bytes read-only), or at an address: the board's address space is the one uctypes.addressof()
    /// hands out (Python bytes and bytearrays), so an address resolves to a buffer and an offset in it, and any
    /// other address is refused. Unlike a machine pointer it is always bounds-checked.
    /// </summary>
    public sealed class PyViperPtr : PyObject
    {
        private static PyType s_typeObject;

        private static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("ptr", null, null)); }
        }

        private readonly object _buf;
        private readonly int _size;
        /// <summary>Byte offset of item 0 in the buffer (a pointer made from an address inside it).</summary>
        private readonly int _start;

        public PyViperPtr(object buf, int size)
        {
            _size = size;
            PyViperPtr other = buf as PyViperPtr;
            if (other != null)
            {
                _buf = other._buf;
                _start = other._start;
                return;
            }
            if (IntOps.IsInt(buf))
            {
                _buf = UctypesModule.TryResolve(Ops.ToLong(buf), out _start);
                if (_buf == null)
                {
                    throw Err.Value("address 0x" + Numbers.ToBase(buf, 16, "") + " is not a Python buffer (raw hardware addresses are not accessible here)");
                }
                return;
            }
            if (!Buffers.Has(buf))
            {
                throw Err.Type("object with buffer protocol required");
            }
            _buf = Ops.NativeSelf(buf);
        }

        /// <summary>The address of item 0 (uctypes.addressof of the buffer plus the offset).</summary>
        public long Address
        {
            get { return UctypesModule.AddressOf(_buf) + _start; }
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private byte[] Window(out int offset, out int length)
        {
            return Buffers.Get(_buf, false, out offset, out length);
        }

        private int At(object key, int length)
        {
            long i = Ops.ToLong(key);
            if (i < 0 || _start + (i + 1) * _size > length)
            {
                throw Err.Index("viper pointer index outside the buffer");
            }
            return _start + (int)i * _size;
        }

        public override object GetItem(object key)
        {
            int off;
            int len;
            byte[] d = Window(out off, out len);
            int at = off + At(key, len);
            long v = 0;
            for (int k = _size - 1; k >= 0; k--)
            {
                v = (v << 8) | d[at + k];
            }
            return PyInt.Create(v);
        }

        public override void SetItem(object key, object value)
        {
            if (_buf is PyBytes || (_buf is PyMemoryView && ((PyMemoryView)_buf).ReadOnly))
            {
                throw Err.Type("cannot modify read-only memory");
            }
            int off;
            int len;
            byte[] d = Window(out off, out len);
            int at = off + At(key, len);
            long v = Ops.ToLong(value);
            for (int k = 0; k < _size; k++)
            {
                d[at + k] = (byte)(v >> (8 * k));
            }
        }
    }
}
