using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>ustruct: pack/unpack with byte-order prefixes @ = &lt; &gt; ! and codes b B h H i I l L q Q f d s P x ?.</summary>
    public sealed class UstructModule : NativeModule
    {
        private static UstructModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UstructModule Instance
        {
            get { return s_instance ?? (s_instance = new UstructModule()); }
        }

        private UstructModule() : base("ustruct", new string[] { "calcsize", "pack", "pack_into", "unpack", "unpack_from" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Calcsize = 0;
            public const int Pack = 1;
            public const int PackInto = 2;
            public const int Unpack = 3;
            public const int UnpackFrom = 4;
        }

        public override int Kind(int id)
        {
            return MemberStatic;
        }

        /// <summary>Walks the format: returns the total size and the number of values.</summary>
        private static int Layout(string fmt, out int values)
        {
            StructFormat f = new StructFormat(fmt);
            values = 0;
            while (f.Next())
            {
                values += f.Values;
            }
            return f.Size;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            if (argc < 1)
            {
                throw Err.Type(Names[id] + "() missing format");
            }
            string fmt = args[0] as string;
            if (fmt == null)
            {
                PyBytes fb = args[0] as PyBytes;
                if (fb == null)
                {
                    throw Err.Type("Struct() argument 1 must be a str or bytes object, not " + Ops.TypeName(args[0]));
                }
                fmt = Utf8.Decode(fb.Data);
            }
            int nvalues;
            int size = Layout(fmt, out nvalues);
            switch (id)
            {
                case Id.Calcsize:
                    return PyInt.Create(size);
                case Id.Pack:
                    {
                        if (argc - 1 != nvalues)
                        {
                            throw Err.Make(PyExc.ValueError, "pack expected " + Ops.IntToString(nvalues) + " items for packing (got " + Ops.IntToString(argc - 1) + ")");
                        }
                        Err.Reserve(size, 1);
                        byte[] buf = new byte[size];
                        Pack(fmt, buf, 0, args, 1);
                        return new PyBytes(buf);
                    }
                case Id.PackInto:
                    {
                        if (argc - 3 != nvalues)
                        {
                            throw Err.Make(PyExc.ValueError, "pack_into expected " + Ops.IntToString(nvalues) + " items for packing (got " + Ops.IntToString(argc - 3) + ")");
                        }
                        PyByteArray ba = args[1] as PyByteArray;
                        PyMemoryView mv = args[1] as PyMemoryView;
                        byte[] data;
                        int baseOff;
                        int len;
                        if (ba != null)
                        {
                            data = ba.Data;
                            baseOff = 0;
                            len = ba.Count;
                        }
                        else if (mv != null && !mv.ReadOnly)
                        {
                            data = mv.Data;
                            baseOff = mv.Offset;
                            len = mv.Length;
                        }
                        else
                        {
                            throw Err.Type("argument must be a writable buffer");
                        }
                        int off = Offset(args[2], len, size);
                        Pack(fmt, data, baseOff + off, args, 3);
                        return PyNone.None;
                    }
                default:
                    {
                        byte[] data;
                        int baseOff = 0;
                        int len;
                        object src = args[1];
                        PyMemoryView mv = src as PyMemoryView;
                        if (mv != null)
                        {
                            data = mv.Data;
                            baseOff = mv.Offset;
                            len = mv.Length;
                        }
                        else
                        {
                            data = BytesOps.ToBytes(src);
                            len = data.Length;
                        }
                        int off = 0;
                        if (id == Id.UnpackFrom)
                        {
                            object o = argc > 2 ? args[2] : Ops.KwArg(args, argc, kwc, "offset");
                            off = o == null ? 0 : Offset(o, len, size);
                            if (len - off < size)
                            {
                                throw Err.Value("buffer too small");
                            }
                        }
                        else if (len != size)
                        {
                            throw Err.Value("unpack requires a buffer of " + Ops.IntToString(size) + " bytes");
                        }
                        return new PyTuple(Unpack(fmt, data, baseOff + off, nvalues));
                    }
            }
        }

        private static int Offset(object o, int len, int size)
        {
            long off = Ops.ToLong(o);
            if (off < 0)
            {
                off += len;
            }
            if (off < 0 || off + size > len)
            {
                throw Err.Value("buffer too small");
            }
            return (int)off;
        }

        private static void Pack(string fmt, byte[] buf, int start, object[] args, int ai)
        {
            StructFormat f = new StructFormat(fmt);
            bool little = f.Little;
            while (f.Next())
            {
                char c = f.Code;
                int count = f.Count;
                int sz = f.ItemSize;
                int pos = start + f.Offset;
                if (c == 's')
                {
                    byte[] s = BytesOps.ToBytes(args[ai++]);
                    for (int k = 0; k < count; k++)
                    {
                        buf[pos + k] = k < s.Length ? s[k] : (byte)0;
                    }
                    continue;
                }
                for (int k = 0; k < count; k++)
                {
                    if (c == 'x')
                    {
                        buf[pos++] = 0;
                        continue;
                    }
                    object v = args[ai++];
                    ulong bits;
                    if (c == 'f')
                    {
                        bits = (ulong)SingleBits((float)Ops.ToDouble(v));
                    }
                    else if (c == 'd')
                    {
                        bits = (ulong)System.BitConverter.DoubleToInt64Bits(Ops.ToDouble(v));
                    }
                    else if (c == '?')
                    {
                        bits = Ops.IsTrue(v) ? 1UL : 0UL;
                    }
                    else
                    {
                        bits = IntBits(v, c, sz);
                    }
                    for (int b = 0; b < sz; b++)
                    {
                        int at = little ? b : sz - 1 - b;
                        buf[pos + at] = (byte)(bits >> (8 * b));
                    }
                    pos += sz;
                }
            }
        }

        private static ulong IntBits(object v, char c, int sz)
        {
            if (!IntOps.IsInt(v))
            {
                throw Err.Make(PyExc.TypeError, "required argument is not an integer");
            }
            bool neg;
            uint[] mag;
            PyBigInt.Split(v, out neg, out mag);
            ulong u = mag.Length == 0 ? 0 : mag.Length == 1 ? mag[0] : ((ulong)mag[1] << 32) | mag[0];
            return neg ? (ulong)(-(long)u) : u;
        }

        /// <summary>IEEE single bits of f (round to nearest even), portable.</summary>
        public static int SingleBits(float f)
        {
            // Portable float -> IEEE single bits via the double's bits (round to nearest even).
            double d = f;
            long db = System.BitConverter.DoubleToInt64Bits(d);
            int sign = (int)((db >> 63) & 1) << 31;
            int exp = (int)((db >> 52) & 0x7FF);
            long mant = db & 0xFFFFFFFFFFFFFL;
            if (exp == 0x7FF)
            {
                return sign | 0x7F800000 | (mant != 0 ? 0x400000 : 0);
            }
            if (exp == 0 && mant == 0)
            {
                return sign;
            }
            int e = exp - 1023 + 127;
            if (e >= 0xFF)
            {
                return sign | 0x7F800000;
            }
            if (e <= 0)
            {
                // Subnormal single.
                long full = mant | (1L << 52);
                int shift = 29 + (1 - e);
                if (shift > 63)
                {
                    return sign;
                }
                long m = full >> shift;
                long rem = full & ((1L << shift) - 1);
                long half = 1L << (shift - 1);
                if (rem > half || (rem == half && (m & 1) != 0))
                {
                    m++;
                }
                return sign | (int)m;
            }
            long m2 = mant >> 29;
            long r2 = mant & ((1L << 29) - 1);
            if (r2 > (1L << 28) || (r2 == (1L << 28) && (m2 & 1) != 0))
            {
                m2++;
                if (m2 == (1L << 23))
                {
                    m2 = 0;
                    e++;
                    if (e >= 0xFF)
                    {
                        return sign | 0x7F800000;
                    }
                }
            }
            return sign | (e << 23) | (int)m2;
        }

        public static double SingleToDouble(int bits)
        {
            int sign = (bits >> 31) & 1;
            int exp = (bits >> 23) & 0xFF;
            long mant = bits & 0x7FFFFF;
            long db;
            if (exp == 0xFF)
            {
                db = 0x7FFL << 52 | (mant << 29);
            }
            else if (exp == 0)
            {
                if (mant == 0)
                {
                    db = 0;
                }
                else
                {
                    // Subnormal single: normalize.
                    int e = -126;
                    while ((mant & 0x800000) == 0)
                    {
                        mant <<= 1;
                        e--;
                    }
                    mant &= 0x7FFFFF;
                    db = ((long)(e + 1023) << 52) | (mant << 29);
                }
            }
            else
            {
                db = ((long)(exp - 127 + 1023) << 52) | (mant << 29);
            }
            if (sign != 0)
            {
                db |= long.MinValue;
            }
            return System.BitConverter.Int64BitsToDouble(db);
        }

        private static object[] Unpack(string fmt, byte[] buf, int start, int nvalues)
        {
            object[] r = new object[nvalues];
            int ri = 0;
            StructFormat f = new StructFormat(fmt);
            bool little = f.Little;
            while (f.Next())
            {
                char c = f.Code;
                int count = f.Count;
                int sz = f.ItemSize;
                int pos = start + f.Offset;
                if (c == 's')
                {
                    byte[] s = new byte[count];
                    System.Array.Copy(buf, pos, s, 0, count);
                    r[ri++] = new PyBytes(s);
                    continue;
                }
                for (int k = 0; k < count; k++)
                {
                    if (c == 'x')
                    {
                        pos++;
                        continue;
                    }
                    ulong bits = 0;
                    for (int b = 0; b < sz; b++)
                    {
                        int at = little ? b : sz - 1 - b;
                        bits |= (ulong)buf[pos + at] << (8 * b);
                    }
                    pos += sz;
                    object v;
                    switch (c)
                    {
                        case 'b':
                            v = PyInt.Create((sbyte)bits);
                            break;
                        case 'h':
                            v = PyInt.Create((short)bits);
                            break;
                        case 'i':
                        case 'l':
                            v = PyInt.Create((int)bits);
                            break;
                        case 'q':
                            v = PyInt.Create((long)bits);
                            break;
                        case 'Q':
                            v = PyBigInt.Make(false, BigNat.FromULong(bits));
                            break;
                        case 'f':
                            v = new PyFloat(SingleToDouble((int)bits));
                            break;
                        case 'd':
                            v = new PyFloat(System.BitConverter.Int64BitsToDouble((long)bits));
                            break;
                        case '?':
                            v = PyBool.From(bits != 0);
                            break;
                        default:
                            v = PyInt.Create((long)bits);
                            break;
                    }
                    r[ri++] = v;
                }
            }
            return r;
        }
    }
}
