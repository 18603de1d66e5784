using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>bytes: immutable byte string.</summary>
    public sealed class PyBytes : PyObject, IPlainValue
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("bytes", TypeTables.Bytes, null)); }
        }

        public static readonly PyBytes Empty = new PyBytes(new byte[0]);

        public readonly byte[] Data;

        public PyBytes(byte[] data)
        {
            Data = data;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override int Len()
        {
            return Data.Length;
        }

        public override bool IsTrue()
        {
            return Data.Length > 0;
        }

        public override object GetItem(object key)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                return new PyBytes(BytesOps.Slice(Data, Data.Length, sl));
            }
            return PyInt.Create(Data[Ops.SeqIndex(key, Data.Length, "index out of range")]);
        }

        public override object Iter()
        {
            return new PySeqGetItemIterator(this);
        }

        public override bool Contains(object item)
        {
            return BytesOps.ContainsIn(Data, Data.Length, item);
        }

        public override int Hash()
        {
            int h = 5381;
            for (int i = 0; i < Data.Length; i++)
            {
                h = (h * 33) ^ Data[i];
            }
            return h;
        }

        public override string Repr()
        {
            return BytesOps.Repr(Data, Data.Length, "b", "");
        }

        public override object BinaryOp(int op, object other)
        {
            return BytesOps.Binary(op, Data, Data.Length, other, false);
        }

        public override object ReflectedOp(int op, object other)
        {
            if (op == PyOp.Mul && IntOps.IsInt(other))
            {
                return BinaryOp(op, other);
            }
            return Ops.NotImplemented;
        }

        public override object Compare(int op, object other)
        {
            return BytesOps.CompareBytes(op, Data, Data.Length, other);
        }
    }
}
