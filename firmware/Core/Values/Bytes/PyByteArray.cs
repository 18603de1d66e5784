using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>bytearray: mutable bytes, Data[0..Count).</summary>
    public sealed class PyByteArray : PyObject, IPlainValue
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("bytearray", TypeTables.Bytes, null)); }
        }

        public byte[] Data;
        public int Count;

        public PyByteArray(byte[] data, int count)
        {
            Data = data;
            Count = count;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override int Len()
        {
            return Count;
        }

        public override bool IsTrue()
        {
            return Count > 0;
        }

        public void Append(byte b)
        {
            if (Count == Data.Length)
            {
                Err.Reserve(Count * 2L, 1);
                byte[] g = new byte[Count < 8 ? 8 : Count * 2];
                System.Array.Copy(Data, g, Count);
                Data = g;
            }
            Data[Count++] = b;
        }

        public override object GetItem(object key)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                byte[] d = BytesOps.Slice(Data, Count, sl);
                return new PyByteArray(d, d.Length);
            }
            return PyInt.Create(Data[Ops.SeqIndex(key, Count, "bytearray index out of range")]);
        }

        public override void SetItem(object key, object value)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                byte[] src = BytesOps.ToBytes(value);
                int start;
                int stop;
                int step;
                int n = Ops.SliceIndices(sl, Count, out start, out stop, out step);
                if (step != 1)
                {
                    if (src.Length == 0)
                    {
                        // An empty value deletes an extended slice (CPython's bytearray rule).
                        DelItem(sl);
                        return;
                    }
                    if (src.Length != n)
                    {
                        throw Err.Value("attempt to assign bytes of size " + Ops.IntToString(src.Length) + " to extended slice of size " + Ops.IntToString(n));
                    }
                    for (int k = 0, j = start; k < n; k++, j += step)
                    {
                        Data[j] = src[k];
                    }
                    return;
                }
                if (stop < start)
                {
                    stop = start;
                }
                int newCount = Count - (stop - start) + src.Length;
                Err.Reserve(newCount, 1);
                byte[] dst = new byte[newCount < 8 ? 8 : newCount];
                System.Array.Copy(Data, dst, start);
                System.Array.Copy(src, 0, dst, start, src.Length);
                System.Array.Copy(Data, stop, dst, start + src.Length, Count - stop);
                Data = dst;
                Count = newCount;
                return;
            }
            int i = Ops.SeqIndex(key, Count, "bytearray index out of range");
            long v = Ops.ToLong(value);
            if (v < 0 || v > 255)
            {
                throw Err.Value("byte must be in range(0, 256)");
            }
            Data[i] = (byte)v;
        }

        public override void DelItem(object key)
        {
            PySlice sl = key as PySlice;
            if (sl == null)
            {
                int i = Ops.SeqIndex(key, Count, "bytearray index out of range");
                sl = new PySlice(PyInt.Create(i), PyInt.Create(i + 1), PyNone.None);
            }
            int start;
            int stop;
            int step;
            int n = Ops.SliceIndices(sl, Count, out start, out stop, out step);
            bool[] del = new bool[Count];
            for (int k = 0, j = start; k < n; k++, j += step)
            {
                del[j] = true;
            }
            int w = 0;
            for (int r = 0; r < Count; r++)
            {
                if (!del[r])
                {
                    Data[w++] = Data[r];
                }
            }
            Count = w;
        }

        public override object Iter()
        {
            return new PySeqGetItemIterator(this);
        }

        public override bool Contains(object item)
        {
            return BytesOps.ContainsIn(Data, Count, item);
        }

        public override int Hash()
        {
            throw Err.Type("unhashable type: 'bytearray'");
        }

        public override string Repr()
        {
            return BytesOps.Repr(Data, Count, "bytearray(b", ")");
        }

        public override object BinaryOp(int op, object other)
        {
            return BytesOps.Binary(op, Data, Count, other, true);
        }

        public override object InplaceOp(int op, object other)
        {
            if (op == PyOp.Add)
            {
                byte[] src = BytesOps.ToBytes(other);
                for (int i = 0; i < src.Length; i++)
                {
                    Append(src[i]);
                }
                return this;
            }
            if (op == PyOp.Mul && IntOps.IsInt(other))
            {
                PyByteArray r = (PyByteArray)BinaryOp(op, other);
                Data = r.Data;
                Count = r.Count;
                return this;
            }
            return Ops.NotImplemented;
        }

        public override object Compare(int op, object other)
        {
            return BytesOps.CompareBytes(op, Data, Count, other);
        }
    }
}
