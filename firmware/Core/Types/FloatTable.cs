using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Types
{
    /// <summary>float(): the constructor and the methods of float.</summary>
    public sealed class FloatTable : NativeTable
    {
        private static FloatTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static FloatTable Instance
        {
            get { return s_instance ?? (s_instance = new FloatTable()); }
        }

        private FloatTable() : base(new string[] { "is_integer", "conjugate", "as_integer_ratio", "hex", "fromhex" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int IsInteger = 0;
            public const int Conjugate = 1;
            public const int AsIntegerRatio = 2;
            public const int Hex = 3;
            public const int FromHex = 4;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (kwc > 0 || argc > 1)
            {
                throw Err.Type("float() takes at most 1 argument");
            }
            object v = argc == 0 ? new PyFloat(0.0) : Make(args[0]);
            if (cls != PyFloat.TypeObject)
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

        private static object Make(object x)
        {
            if (x is PyFloat)
            {
                return x;
            }
            string s = x as string;
            if (s != null)
            {
                int start = 0;
                int end = s.Length;
                while (start < end && PyStr.IsSpace(s[start]))
                {
                    start++;
                }
                while (end > start && PyStr.IsSpace(s[end - 1]))
                {
                    end--;
                }
                double d;
                if (!Numbers.TryParseFloat(s, start, end, out d))
                {
                    throw Err.Value("could not convert string to float: " + PyStr.Repr(s));
                }
                return new PyFloat(d);
            }
            if (IntOps.IsInt(x))
            {
                bool neg;
                uint[] mag;
                PyBigInt.Split(x, out neg, out mag);
                double d = BigNat.RatioToDouble(mag, new uint[] { 1 });
                if (double.IsInfinity(d))
                {
                    throw Err.Overflow("int too large to convert to float");
                }
                return new PyFloat(neg ? -d : d);
            }
            PyBytes b = x as PyBytes;
            if (b != null)
            {
                return Make(Utf8.Decode(b.Data));
            }
            PyInstance inst = x as PyInstance;
            if (inst != null && inst.Type.Lookup("__float__") != null)
            {
                object r = Ops.CallMethod0(x, "__float__");
                if (!(r is PyFloat))
                {
                    throw Err.Type("__float__ returned non-float (type " + Ops.TypeName(r) + ")");
                }
                return r;
            }
            if (inst != null && inst.Native != null)
            {
                return Make(inst.Native);
            }
            throw Err.Type("float() argument must be a string or a number, not '" + Ops.TypeName(x) + "'");
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            PyFloat f = Ops.NativeSelf(args[0]) as PyFloat;
            if (f == null)
            {
                throw Err.Type("descriptor requires a 'float' object");
            }
            switch (id)
            {
                case Id.IsInteger:
                    return PyBool.From(!double.IsInfinity(f.Value) && !double.IsNaN(f.Value) && FloatOps.Floor(f.Value) == f.Value);
                case Id.Conjugate:
                    return f;
                case Id.Hex:
                case Id.FromHex:
                    throw Err.NotImplemented("float." + Names[id]);
                default:
                    {
                        double d = f.Value;
                        if (double.IsInfinity(d))
                        {
                            throw Err.Overflow("cannot convert Infinity to integer ratio");
                        }
                        if (double.IsNaN(d))
                        {
                            throw Err.Value("cannot convert NaN to integer ratio");
                        }
                        long bits = System.BitConverter.DoubleToInt64Bits(d);
                        bool neg = bits < 0;
                        int be = (int)((bits >> 52) & 0x7FF);
                        long m = bits & 0xFFFFFFFFFFFFFL;
                        int e;
                        if (be == 0)
                        {
                            e = -1074;
                        }
                        else
                        {
                            m |= 1L << 52;
                            e = be - 1075;
                        }
                        while (m != 0 && (m & 1) == 0 && e < 0)
                        {
                            m >>= 1;
                            e++;
                        }
                        uint[] num = BigNat.FromULong((ulong)m);
                        uint[] den = new uint[] { 1 };
                        if (e >= 0)
                        {
                            num = BigNat.ShiftLeft(num, e);
                        }
                        else
                        {
                            den = BigNat.ShiftLeft(den, -e);
                        }
                        return new PyTuple(new object[] { PyBigInt.Make(neg, num), PyBigInt.Make(false, den) });
                    }
            }
        }
    }
}
