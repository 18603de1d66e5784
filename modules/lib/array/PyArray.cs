using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>array.array: typed values packed little-endian in a byte buffer (typecodes b B h H i I l L q Q f d).</summary>
    public sealed class PyArray : PyObject, IPollable
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("array", ArrayTable.Instance, null)); }
        }

        public readonly char Code;
        public readonly int ItemSize;
        public byte[] Data;
        public int Count;

        public PyArray(char code, int capacity)
        {
            Code = code;
            ItemSize = SizeOf(code);
            Data = new byte[(capacity < 4 ? 4 : capacity) * ItemSize];
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public int Poll(int events)
        {
            return events;
        }

        public static int SizeOf(char c)
        {
            switch (c)
            {
                case 'b':
                case 'B':
                    return 1;
                case 'h':
                case 'H':
                    return 2;
                case 'i':
                case 'I':
                case 'l':
                case 'L':
                case 'f':
                    return 4;
                case 'q':
                case 'Q':
                case 'd':
                    return 8;
            }
            throw Err.Value("bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)");
        }

        public object Get(int i)
        {
            int off = i * ItemSize;
            ulong bits = 0;
            for (int b = 0; b < ItemSize; b++)
            {
                bits |= (ulong)Data[off + b] << (8 * b);
            }
            switch (Code)
            {
                case 'b': return PyInt.Create((sbyte)bits);
                case 'h': return PyInt.Create((short)bits);
                case 'i':
                case 'l': return PyInt.Create((int)bits);
                case 'q': return PyInt.Create((long)bits);
                case 'Q': return PyBigInt.Make(false, BigNat.FromULong(bits));
                case 'f': return new PyFloat(UstructModule.SingleToDouble((int)bits));
                case 'd': return new PyFloat(System.BitConverter.Int64BitsToDouble((long)bits));
                default: return PyInt.Create((long)bits);
            }
        }

        public void Set(int i, object v)
        {
            ulong bits;
            if (Code == 'f')
            {
                bits = (uint)UstructModule.SingleBits((float)Ops.ToDouble(v));
            }
            else if (Code == 'd')
            {
                bits = (ulong)System.BitConverter.DoubleToInt64Bits(Ops.ToDouble(v));
            }
            else
            {
                if (!IntOps.IsInt(v))
                {
                    throw Err.Type("an integer is required");
                }
                bool neg;
                uint[] mag;
                PyBigInt.Split(v, out neg, out mag);
                ulong u = mag.Length == 0 ? 0 : mag.Length == 1 ? mag[0] : ((ulong)mag[1] << 32) | mag[0];
                bool unsigned = Code == 'B' || Code == 'H' || Code == 'I' || Code == 'L' || Code == 'Q';
                int bitsLen = ItemSize * 8;
                bool fits = mag.Length <= 2 && (unsigned ? !neg && (bitsLen == 64 || u < (1UL << bitsLen)) : (neg ? u <= (1UL << (bitsLen - 1)) : u < (1UL << (bitsLen - 1))));
                if (!fits)
                {
                    throw Err.Overflow(unsigned && neg ? "unsigned value is less than minimum" : "value out of range for array typecode '" + Code + "'");
                }
                bits = neg ? (ulong)(-(long)u) : u;
            }
            int off = i * ItemSize;
            for (int b = 0; b < ItemSize; b++)
            {
                Data[off + b] = (byte)(bits >> (8 * b));
            }
        }

        public void Append(object v)
        {
            if ((Count + 1) * ItemSize > Data.Length)
            {
                byte[] g = new byte[Data.Length * 2];
                System.Array.Copy(Data, g, Count * ItemSize);
                Data = g;
            }
            Count++;
            try
            {
                Set(Count - 1, v);
            }
            catch
            {
                Count--;
                throw;
            }
        }

        public override int Len()
        {
            return Count;
        }

        public override byte[] Buffer(out int length, out int itemSize)
        {
            length = Count * ItemSize;
            itemSize = ItemSize;
            return Data;
        }

        public override object GetAttr(string name)
        {
            if (name == "typecode")
            {
                return Ops.CharToStr(Code);
            }
            if (name == "itemsize")
            {
                return PyInt.Create(ItemSize);
            }
            return Ops.GenericGetAttr(this, name);
        }

        public override object GetItem(object key)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                int start;
                int stop;
                int step;
                int n = Ops.SliceIndices(sl, Count, out start, out stop, out step);
                PyArray r = new PyArray(Code, n);
                for (int k = 0, j = start; k < n; k++, j += step)
                {
                    r.Append(Get(j));
                }
                return r;
            }
            return Get(Ops.SeqIndex(key, Count, "array index out of range"));
        }

        public override void SetItem(object key, object value)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                object[] items = Ops.ToArray(value);
                int start;
                int stop;
                int step;
                int n = Ops.SliceIndices(sl, Count, out start, out stop, out step);
                if (n != items.Length)
                {
                    throw Err.Value("array slice assignment must keep the size");
                }
                for (int k = 0, j = start; k < n; k++, j += step)
                {
                    Set(j, items[k]);
                }
                return;
            }
            Set(Ops.SeqIndex(key, Count, "array assignment index out of range"), value);
        }

        public override object Iter()
        {
            return new PySeqGetItemIterator(this);
        }

        public override object Compare(int op, object other)
        {
            PyArray o = other as PyArray;
            if (o == null || (op != PyOp.Eq && op != PyOp.Ne))
            {
                return base.Compare(op, other);
            }
            bool eq = o.Count == Count;
            for (int i = 0; eq && i < Count; i++)
            {
                eq = Ops.Eq(Get(i), o.Get(i));
            }
            return PyBool.From(op == PyOp.Eq ? eq : !eq);
        }

        public override object BinaryOp(int op, object other)
        {
            PyArray o = other as PyArray;
            if (op == PyOp.Add && o != null && o.Code == Code)
            {
                PyArray r = new PyArray(Code, Count + o.Count);
                for (int i = 0; i < Count; i++)
                {
                    r.Append(Get(i));
                }
                for (int i = 0; i < o.Count; i++)
                {
                    r.Append(o.Get(i));
                }
                return r;
            }
            return Ops.NotImplemented;
        }

        public override object InplaceOp(int op, object other)
        {
            if (op == PyOp.Add)
            {
                object[] items = Ops.ToArray(other);
                for (int i = 0; i < items.Length; i++)
                {
                    Append(items[i]);
                }
                return this;
            }
            return Ops.NotImplemented;
        }

        public override string Repr()
        {
            StrBuf sb = new StrBuf();
            sb.Append("array('").Append(Code).Append('\'');
            if (Count > 0)
            {
                sb.Append(", [");
                for (int i = 0; i < Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    sb.Append(Ops.Repr(Get(i)));
                }
                sb.Append(']');
            }
            sb.Append(')');
            return sb.ToString();
        }

        private sealed class ArrayTable : NativeTable
        {
            private static ArrayTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static ArrayTable Instance
            {
                get { return s_instance ?? (s_instance = new ArrayTable()); }
            }

            private ArrayTable() : base(new string[] { "append", "extend", "tobytes", "decode" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Append = 0;
                public const int Extend = 1;
                public const int ToBytes = 2;
                public const int Decode = 3;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("array", argc, kwc, 1, 2);
                string tc = args[0] as string;
                if (tc == null || tc.Length != 1)
                {
                    throw Err.Type("array() argument 1 must be a unicode character, not " + Ops.TypeName(args[0]));
                }
                PyArray a = new PyArray(tc[0], 4);
                if (argc > 1)
                {
                    object init = args[1];
                    if (init is PyBytes || init is PyByteArray)
                    {
                        byte[] d = BytesOps.ToBytes(init);
                        if (d.Length % a.ItemSize != 0)
                        {
                            throw Err.Value("bytes length not a multiple of item size");
                        }
                        a.Data = (byte[])d.Clone();
                        if (a.Data.Length == 0)
                        {
                            a.Data = new byte[4 * a.ItemSize];
                        }
                        a.Count = d.Length / a.ItemSize;
                    }
                    else
                    {
                        object[] items = Ops.ToArray(init);
                        for (int i = 0; i < items.Length; i++)
                        {
                            a.Append(items[i]);
                        }
                    }
                }
                return a;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyArray a = (PyArray)Ops.NativeSelf(args[0]);
                switch (id)
                {
                    case Id.Append:
                        Ops.CheckArgs("append", argc - 1, kwc, 1, 1);
                        a.Append(args[1]);
                        return PyNone.None;
                    case Id.Extend:
                        {
                            Ops.CheckArgs("extend", argc - 1, kwc, 1, 1);
                            object[] items = Ops.ToArray(args[1]);
                            for (int i = 0; i < items.Length; i++)
                            {
                                a.Append(items[i]);
                            }
                            return PyNone.None;
                        }
                    case Id.ToBytes:
                        {
                            byte[] d = new byte[a.Count * a.ItemSize];
                            System.Array.Copy(a.Data, d, d.Length);
                            return new PyBytes(d);
                        }
                    default:
                        return Utf8.Decode(a.Data, 0, a.Count * a.ItemSize);
                }
            }
        }
    }
}
