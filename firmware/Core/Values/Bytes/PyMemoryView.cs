using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>memoryview over bytes/bytearray or another buffer (array): a window (offset, length, in bytes) into
    /// the same storage, no copying. Items of a non-bytes source are read and written through the source's own
    /// indexing, so they keep its type (array('h') gives signed 16-bit ints).</summary>
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
        public readonly int ItemSize;

        public PyMemoryView(PyObject source, int offset, int length) : this(source, offset, length, 1)
        {
        }

        public PyMemoryView(PyObject source, int offset, int length, int itemSize)
        {
            Source = source;
            Offset = offset;
            Length = length;
            ItemSize = itemSize;
            ReadOnly = source is PyBytes;
        }

        /// <summary>Source is not bytes/bytearray: items go through its indexing.</summary>
        private bool Typed
        {
            get { return !(Source is PyBytes || Source is PyByteArray); }
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
                if (b != null)
                {
                    return b.Data;
                }
                PyByteArray ba = Source as PyByteArray;
                if (ba != null)
                {
                    return ba.Data;
                }
                int length;
                int size;
                return Source.Buffer(out length, out size);
            }
        }

        public override int Len()
        {
            return Length / ItemSize;
        }

        public override object GetItem(object key)
        {
            PySlice s = key as PySlice;
            if (s != null)
            {
                int start;
                int stop;
                int step;
                int n = Ops.SliceIndices(s, Length / ItemSize, out start, out stop, out step);
                if (step != 1)
                {
                    throw Err.NotImplemented("only slices with step=1 (aka None) are supported");
                }
                return new PyMemoryView(Source, Offset + start * ItemSize, n * ItemSize, ItemSize);
            }
            int i = Ops.SeqIndex(key, Length / ItemSize, "index out of range");
            if (Typed)
            {
                return Source.GetItem(PyInt.Create(Offset / ItemSize + i));
            }
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
                int n = Ops.SliceIndices(s, Length / ItemSize, out start, out stop, out step) * ItemSize;
                byte[] src = Buffers.BytesOf(value);
                if (src.Length != n)
                {
                    throw Err.Value("memoryview assignment: lvalue and rvalue have different structures");
                }
                System.Array.Copy(src, 0, data, Offset + start * ItemSize, n);
                return;
            }
            int i = Ops.SeqIndex(key, Length / ItemSize, "index out of range");
            if (Typed)
            {
                Source.SetItem(PyInt.Create(Offset / ItemSize + i), value);
                return;
            }
            long v = Ops.ToLong(value);
            if (v < 0 || v > 255)
            {
                throw Err.Value("memoryview: invalid value for format 'B'");
            }
            data[Offset + i] = (byte)v;
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
            byte[] b = Buffers.BytesOf(other);
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

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int ToBytes = 0;
                public const int Tolist = 1;
                public const int Release = 2;
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
                    return new PyMemoryView(mv.Source, mv.Offset, mv.Length, mv.ItemSize);
                }
                PyObject po = Ops.NativeSelf(args[0]) as PyObject;
                int length;
                int size;
                if (po != null && po.Buffer(out length, out size) != null)
                {
                    return new PyMemoryView(po, 0, length, size);
                }
                throw Err.Type("memoryview: a bytes-like object is required, not '" + Ops.TypeName(args[0]) + "'");
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyMemoryView mv = (PyMemoryView)Ops.NativeSelf(args[0]);
                switch (id)
                {
                    case Id.ToBytes:
                        return new PyBytes(mv.ToArray());
                    case Id.Tolist:
                        {
                            int n = mv.Len();
                            PyList l = new PyList(n);
                            for (int i = 0; i < n; i++)
                            {
                                l.Append(mv.GetItem(PyInt.Create(i)));
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
