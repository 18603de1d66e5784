using MicroPy.Core;

namespace MicroPy.Modules
{
    /// <summary>
    /// ptr8/ptr16/ptr32 of @micropython.viper code, which runs here as bytecode: p[i] reads and writes the i-th
    /// unsigned little-endian item of 1, 2 or 4 bytes in the buffer the pointer was made from (bytearray, array,
    /// memoryview; bytes read-only). Unlike a machine pointer it is bounds-checked and cannot come from an address.
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

        public PyViperPtr(object buf, int size)
        {
            if (IntOps.IsInt(buf))
            {
                throw Err.Type("viper pointers here are made from buffers, not raw addresses");
            }
            if (!PyMemoryView.IsBuffer(buf))
            {
                throw Err.Type("object with buffer protocol required");
            }
            _buf = Ops.NativeSelf(buf);
            _size = size;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private byte[] Window(out int offset, out int length)
        {
            offset = 0;
            PyBytes b = _buf as PyBytes;
            if (b != null)
            {
                length = b.Data.Length;
                return b.Data;
            }
            PyByteArray ba = _buf as PyByteArray;
            if (ba != null)
            {
                length = ba.Count;
                return ba.Data;
            }
            PyMemoryView mv = _buf as PyMemoryView;
            if (mv != null)
            {
                offset = mv.Offset;
                length = mv.Length;
                return mv.Data;
            }
            int itemSize;
            return ((PyObject)_buf).Buffer(out length, out itemSize);
        }

        private int At(object key, int length)
        {
            long i = Ops.ToLong(key);
            if (i < 0 || (i + 1) * _size > length)
            {
                throw Err.Index("viper pointer index outside the buffer");
            }
            return (int)i * _size;
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
