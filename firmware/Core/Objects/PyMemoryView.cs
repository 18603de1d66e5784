namespace MicroPy.Core
{
    /// <summary>memoryview over bytes/bytearray: a window (offset, length) into the same storage, no copying.</summary>
    public sealed class PyMemoryView : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("memoryview", MemoryViewTable.Instance, null)); }
        }

        /// <summary>The object viewed (PyBytes or PyByteArray).</summary>
        public readonly PyObject Source;
        public readonly int Offset;
        public readonly int Length;
        public readonly bool ReadOnly;

        public PyMemoryView(PyObject source, int offset, int length)
        {
            Source = source;
            Offset = offset;
            Length = length;
            ReadOnly = source is PyBytes;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public byte[] Data
        {
            get
            {
                PyBytes b = Source as PyBytes;
                return b != null ? b.Data : ((PyByteArray)Source).Data;
            }
        }

        public override int Len()
        {
            return Length;
        }

        public override object GetItem(object key)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                int start;
                int stop;
                int step;
                int n = Ops.SliceIndices(s, Length, out start, out stop, out step);
                if (step != 1)
                {
                    throw Err.NotImplemented("only slices with step=1 (aka None) are supported");
                }
                return new PyMemoryView(Source, Offset + start, n);
            }
            int i = Ops.SeqIndex(key, Length, "index out of range");
            return PyInt.Create(Data[Offset + i]);
        }

        public override void SetItem(object key, object value)
        {
            if (ReadOnly)
            {
                throw Err.Type("cannot modify read-only memory");
            }
            byte[] data = Data;
            PySlice s = key as PySlice;
            if (s != null)
            {
                int start;
                int stop;
                int step;
                int n = Ops.SliceIndices(s, Length, out start, out stop, out step);
                byte[] src = BytesOf(value);
                if (src.Length != n)
                {
                    throw Err.Value("memoryview assignment: lvalue and rvalue have different structures");
                }
                System.Array.Copy(src, 0, data, Offset + start, n);
                return;
            }
            int i = Ops.SeqIndex(key, Length, "index out of range");
            long v = Ops.ToLong(value);
            if (v < 0 || v > 255)
            {
                throw Err.Value("memoryview: invalid value for format 'B'");
            }
            data[Offset + i] = (byte)v;
        }

        public static byte[] BytesOf(object o)
        {
            PyBytes b = o as PyBytes;
            if (b != null)
            {
                return b.Data;
            }
            PyByteArray ba = o as PyByteArray;
            if (ba != null)
            {
                byte[] c = new byte[ba.Count];
                System.Array.Copy(ba.Data, c, ba.Count);
                return c;
            }
            PyMemoryView mv = o as PyMemoryView;
            if (mv != null)
            {
                return mv.ToArray();
            }
            throw Err.Type("a bytes-like object is required, not '" + Ops.TypeName(o) + "'");
        }

        public byte[] ToArray()
        {
            byte[] r = new byte[Length];
            System.Array.Copy(Data, Offset, r, 0, Length);
            return r;
        }

        public override object Iter()
        {
            return new PySeqGetItemIterator(this);
        }

        public override object Compare(int op, object other)
        {
            if (op != PyOp.Eq && op != PyOp.Ne)
            {
                return Ops.NotImplemented;
            }
            if (!(other is PyBytes || other is PyByteArray || other is PyMemoryView))
            {
                return op == PyOp.Eq ? PyBool.False : PyBool.True;
            }
            byte[] a = ToArray();
            byte[] b = BytesOf(other);
            bool eq = a.Length == b.Length;
            for (int i = 0; eq && i < a.Length; i++)
            {
                eq = a[i] == b[i];
            }
            return PyBool.From(op == PyOp.Eq ? eq : !eq);
        }

        public override string Repr()
        {
            return "<memory at 0x" + Ops.HexId(this) + ">";
        }

        private sealed class MemoryViewTable : NativeTable
        {
            private static MemoryViewTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static MemoryViewTable Instance
            {
                get { return s_instance ?? (s_instance = new MemoryViewTable()); }
            }

            private MemoryViewTable() : base(new string[] { "tobytes", "tolist", "release" })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("memoryview", argc, kwc, 1, 1);
                PyBytes b = args[0] as PyBytes;
                if (b != null)
                {
                    return new PyMemoryView(b, 0, b.Data.Length);
                }
                PyByteArray ba = args[0] as PyByteArray;
                if (ba != null)
                {
                    return new PyMemoryView(ba, 0, ba.Count);
                }
                PyMemoryView mv = args[0] as PyMemoryView;
                if (mv != null)
                {
                    return new PyMemoryView(mv.Source, mv.Offset, mv.Length);
                }
                throw Err.Type("memoryview: a bytes-like object is required, not '" + Ops.TypeName(args[0]) + "'");
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyMemoryView mv = (PyMemoryView)Ops.NativeSelf(args[0]);
                switch (id)
                {
                    case 0:
                        return new PyBytes(mv.ToArray());
                    case 1:
                        {
                            PyList l = new PyList(mv.Length);
                            byte[] d = mv.Data;
                            for (int i = 0; i < mv.Length; i++)
                            {
                                l.Append(PyInt.Create(d[mv.Offset + i]));
                            }
                            return l;
                        }
                    default:
                        return PyNone.None;
                }
            }
        }
    }
}
