using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Types
{
    /// <summary>int(): the constructor and the methods of int.</summary>
    public sealed class IntTable : NativeTable
    {
        private static IntTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static IntTable Instance
        {
            get { return s_instance ?? (s_instance = new IntTable()); }
        }

        private IntTable() : base(new string[] { "from_bytes", "to_bytes", "bit_length", "conjugate" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int FromBytes = 0;
            public const int ToBytes = 1;
            public const int BitLength = 2;
            public const int Conjugate = 3;
        }

        public override int Kind(int id)
        {
            return id == Id.FromBytes ? MemberClass : MemberMethod;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            object v = Make(args, argc, kwc);
            if (cls != PyInt.TypeObject)
            {
                PyInstance inst = Ops.CreateInstance(cls, args, 0, 0) as PyInstance;
                if (inst != null)
                {
                    inst.Native = v;
                    return inst;
                }
            }
            return v;
        }

        private static object Make(object[] args, int argc, int kwc)
        {
            object x = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "x");
            object b = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "base");
            if (argc > 2)
            {
                throw Err.Type("int() takes at most 2 arguments (" + Ops.IntToString(argc) + " given)");
            }
            if (x == null)
            {
                if (b != null)
                {
                    throw Err.Type("int() missing string argument");
                }
                return PyInt.Create(0);
            }
            if (b != null)
            {
                long radix = Ops.ToLong(b);
                if (radix != 0 && (radix < 2 || radix > 36))
                {
                    throw Err.Value("int() base must be >= 2 and <= 36, or 0");
                }
                string s = x as string;
                if (s == null)
                {
                    PyBytes bs = x as PyBytes;
                    if (bs != null)
                    {
                        s = Utf8.Decode(bs.Data);
                    }
                    else
                    {
                        throw Err.Type("int() can't convert non-string with explicit base");
                    }
                }
                return IntOps.ParseInt(s, (int)radix);
            }
            if (x is PyInt || x is PyBigInt)
            {
                return x;
            }
            PyBool bo = x as PyBool;
            if (bo != null)
            {
                return PyInt.Create(bo.Value ? 1 : 0);
            }
            PyFloat f = x as PyFloat;
            if (f != null)
            {
                return Numbers.FloatToInt(f.Value);
            }
            string str = x as string;
            if (str != null)
            {
                return IntOps.ParseInt(str, 10);
            }
            PyBytes by = x as PyBytes;
            if (by != null)
            {
                return IntOps.ParseInt(Utf8.Decode(by.Data), 10);
            }
            PyInstance inst = x as PyInstance;
            if (inst != null)
            {
                if (inst.Type.Lookup("__int__") != null)
                {
                    return IntResult(Ops.CallMethod0(x, "__int__"), "__int__");
                }
                if (inst.Type.Lookup("__index__") != null)
                {
                    return IntResult(Ops.CallMethod0(x, "__index__"), "__index__");
                }
                if (inst.Type.Lookup("__trunc__") != null)
                {
                    return Ops.CallMethod0(x, "__trunc__");
                }
                if (inst.Native != null)
                {
                    return Make(new object[] { inst.Native }, 1, 0);
                }
            }
            throw Err.Type("int() argument must be a string, a bytes-like object or a number, not '" + Ops.TypeName(x) + "'");
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.FromBytes:
                    return FromBytes(args, argc, kwc);
                case Id.ToBytes:
                    return ToBytes(args, argc, kwc);
                case Id.BitLength:
                    {
                        bool neg;
                        uint[] mag;
                        PyBigInt.Split(Ops.NativeSelf(args[0]), out neg, out mag);
                        return PyInt.Create(BigNat.BitLength(mag));
                    }
                default:
                    return Ops.NativeSelf(args[0]);
            }
        }

        private static object FromBytes(object[] args, int argc, int kwc)
        {
            object data = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "bytes");
            object order = argc > 2 ? args[2] : Ops.KwArg(args, argc, kwc, "byteorder");
            object signed = Ops.KwArg(args, argc, kwc, "signed");
            if (data == null)
            {
                throw Err.Type("from_bytes() missing required argument 'bytes' (pos 1)");
            }
            if (order == null)
            {
                order = "big";
            }
            bool little = ByteOrder(order);
            byte[] b;
            PyBytes pb = data as PyBytes;
            PyByteArray pba = data as PyByteArray;
            if (pb != null)
            {
                b = pb.Data;
            }
            else if (pba != null)
            {
                b = new byte[pba.Count];
                System.Array.Copy(pba.Data, b, pba.Count);
            }
            else
            {
                object[] items = Ops.ToArray(data);
                b = new byte[items.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    long v = Ops.ToLong(items[i]);
                    if (v < 0 || v > 255)
                    {
                        throw Err.Value("bytes must be in range(0, 256)");
                    }
                    b[i] = (byte)v;
                }
            }
            int n = b.Length;
            uint[] mag = new uint[(n + 3) / 4];
            for (int i = 0; i < n; i++)
            {
                int pos = little ? i : n - 1 - i;
                mag[i / 4] |= (uint)b[pos] << (8 * (i % 4));
            }
            mag = BigNat.Trim(mag, mag.Length);
            if (signed != null && Ops.IsTrue(signed) && n > 0 && (b[little ? n - 1 : 0] & 0x80) != 0)
            {
                // Negative: value - 2^(8n).
                uint[] full = BigNat.ShiftLeft(new uint[] { 1 }, 8 * n);
                return PyBigInt.Make(true, BigNat.Sub(full, mag));
            }
            return PyBigInt.Make(false, mag);
        }

        private static bool ByteOrder(object order)
        {
            string s = order as string;
            if (s == "little")
            {
                return true;
            }
            if (s == "big")
            {
                return false;
            }
            throw Err.Value("byteorder must be either 'little' or 'big'");
        }

        private static object ToBytes(object[] args, int argc, int kwc)
        {
            object self = Ops.NativeSelf(args[0]);
            object lenv = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "length");
            object order = argc > 2 ? args[2] : Ops.KwArg(args, argc, kwc, "byteorder");
            object signedv = Ops.KwArg(args, argc, kwc, "signed");
            long length = lenv == null ? 1 : Ops.ToLong(lenv);
            if (length < 0)
            {
                throw Err.Value("length argument must be non-negative");
            }
            // Without a byte order, MicroPython 1.8.2 writes little-endian (CPython 3.11 defaults to big).
            bool little = ByteOrder(order ?? "little");
            bool signed = signedv != null && Ops.IsTrue(signedv);
            bool neg;
            uint[] mag;
            PyBigInt.Split(self, out neg, out mag);
            if (neg && !signed)
            {
                throw Err.Overflow("can't convert negative int to unsigned");
            }
            int bits = BigNat.BitLength(mag);
            long avail = length * 8 - (signed ? 1 : 0);
            bool fits = bits <= avail || (neg && bits == avail + 1 && IsPowerOfTwo(mag));
            if (!fits)
            {
                throw Err.Overflow("int too big to convert");
            }
            byte[] outb = new byte[length];
            uint[] v = mag;
            if (neg)
            {
                uint[] full = BigNat.ShiftLeft(new uint[] { 1 }, (int)(8 * length));
                v = BigNat.Sub(full, mag);
            }
            for (int i = 0; i < length; i++)
            {
                int w = i / 4;
                byte by = w < v.Length ? (byte)(v[w] >> (8 * (i % 4))) : (byte)0;
                outb[little ? i : (int)length - 1 - i] = by;
            }
            return new PyBytes(outb);
        }

        private static bool IsPowerOfTwo(uint[] mag)
        {
            int bits = BigNat.BitLength(mag);
            return !BigNat.AnyBitsBelow(mag, bits - 1);
        }

        /// <summary>What __int__/__index__ returned, which must be an int (CPython's TypeError otherwise).</summary>
        private static object IntResult(object r, string name)
        {
            if (!IntOps.IsInt(r))
            {
                throw Err.Type(name + " returned non-int (type " + Ops.TypeName(r) + ")");
            }
            return r;
        }
    }
}
