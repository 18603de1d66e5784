using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>
    /// uio.BufferedWriter(stream, size), as in MicroPython 1.8.2: write() collects bytes in a buffer of size bytes
    /// and passes whole buffers to stream.write() as it fills (so a block device sees whole blocks); flush() writes
    /// what is left. CPython's flushing policy differs.
    /// </summary>
    public sealed class PyBufferedWriter : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("BufferedWriter", WriterTable.Instance, null)); }
        }

        private readonly object _stream;
        private readonly byte[] _buf;
        private int _len;

        private PyBufferedWriter(object stream, byte[] buf)
        {
            _stream = stream;
            _buf = buf;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private void Emit(int n)
        {
            byte[] chunk = new byte[n];
            System.Array.Copy(_buf, chunk, n);
            _len = 0;
            Ops.CallMethod1(_stream, "write", new PyBytes(chunk));
        }

        private int Write(byte[] data)
        {
            int at = 0;
            int size = data.Length;
            while (size > 0)
            {
                int rem = _buf.Length - _len;
                if (size < rem)
                {
                    System.Array.Copy(data, at, _buf, _len, size);
                    _len += size;
                    break;
                }
                System.Array.Copy(data, at, _buf, _len, rem);
                at += rem;
                size -= rem;
                _len = _buf.Length;
                Emit(_buf.Length);
            }
            return data.Length;
        }

        private sealed class WriterTable : NativeTable
        {
            private static WriterTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static WriterTable Instance
            {
                get { return s_instance ?? (s_instance = new WriterTable()); }
            }

            private WriterTable() : base(new string[] { "write", "flush" })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("BufferedWriter", argc, kwc, 2, 2);
                long size = Ops.ToLong(args[1]);
                if (size <= 0)
                {
                    throw Err.Value("buffer size must be positive");
                }
                Err.Reserve(size, 1);
                return new PyBufferedWriter(args[0], new byte[size]);
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyBufferedWriter self = Ops.NativeSelf(args[0]) as PyBufferedWriter;
                if (self == null)
                {
                    throw Err.Type("BufferedWriter method needs a BufferedWriter");
                }
                if (id == 0)
                {
                    Ops.CheckArgs("write", argc - 1, kwc, 1, 1);
                    return PyInt.Create(self.Write(BytesOps.ToBytes(args[1])));
                }
                Ops.CheckArgs("flush", argc - 1, kwc, 0, 0);
                if (self._len > 0)
                {
                    self.Emit(self._len);
                }
                return PyNone.None;
            }
        }
    }
}
