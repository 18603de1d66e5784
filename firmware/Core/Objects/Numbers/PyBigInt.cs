namespace MicroPy.Objects
{
    /// <summary>An int outside the long range: sign and magnitude. Results that fit a long become PyInt again.</summary>
    public sealed class PyBigInt : PyObject
    {
        public readonly bool Neg;
        public readonly uint[] Mag;

        public PyBigInt(bool neg, uint[] mag)
        {
            Neg = neg;
            Mag = mag;
        }

        public override PyType Type
        {
            get { return PyInt.TypeObject; }
        }

        /// <summary>Normalized int: PyInt when it fits in a long.</summary>
        public static object Make(bool neg, uint[] mag)
        {
            if (mag.Length == 0)
            {
                return PyInt.Create(0);
            }
            if (mag.Length <= 2)
            {
                ulong v = mag.Length == 1 ? mag[0] : ((ulong)mag[1] << 32) | mag[0];
                if (!neg && v <= long.MaxValue)
                {
                    return PyInt.Create((long)v);
                }
                if (neg && v <= 0x8000000000000000UL)
                {
                    return PyInt.Create(v == 0x8000000000000000UL ? long.MinValue : -(long)v);
                }
            }
            return new PyBigInt(neg, mag);
        }

        public static void FromLong(long v, out bool neg, out uint[] mag)
        {
            neg = v < 0;
            ulong u = neg ? (v == long.MinValue ? 0x8000000000000000UL : (ulong)(-v)) : (ulong)v;
            mag = BigNat.FromULong(u);
        }

        /// <summary>Sign and magnitude of any int (PyInt, PyBool, PyBigInt); false if o is not an int.</summary>
        public static bool Split(object o, out bool neg, out uint[] mag)
        {
            PyInt i = o as PyInt;
            if (i != null)
            {
                FromLong(i.Value, out neg, out mag);
                return true;
            }
            PyBigInt b = o as PyBigInt;
            if (b != null)
            {
                neg = b.Neg;
                mag = b.Mag;
                return true;
            }
            PyBool bo = o as PyBool;
            if (bo != null)
            {
                neg = false;
                mag = bo.Value ? new uint[] { 1 } : BigNat.Zero;
                return true;
            }
            neg = false;
            mag = null;
            return false;
        }

        public static object Parse(string text, int start, int end, int radix)
        {
            for (int i = start; i < end; i++)
            {
                int d = Numbers.DigitValue(text[i]);
                if (d < 0 || d >= radix)
                {
                    throw Err.Value("invalid literal for int() with base " + Ops.IntToString(radix) + ": '" + text + "'");
                }
            }
            return Make(false, BigNat.FromDigits(text, start, end, radix));
        }

        public double ToDouble()
        {
            double d = BigNat.RatioToDouble(Mag, new uint[] { 1 });
            if (double.IsInfinity(d))
            {
                throw Err.Overflow("int too large to convert to float");
            }
            return Neg ? -d : d;
        }

        public override string Repr()
        {
            string s = BigNat.ToDecimal(Mag);
            return Neg ? "-" + s : s;
        }

        public override bool IsTrue()
        {
            return true;
        }

        public override int Hash()
        {
            // Python's hash of an int: value mod (2^61 - 1), folded to 32 bits as PyInt does for longs.
            ulong m = 0;
            const ulong P = (1UL << 61) - 1;
            for (int i = Mag.Length - 1; i >= 0; i--)
            {
                m = ((m << 32) | Mag[i]) % P;
            }
            long h = Neg ? -(long)m : (long)m;
            return (int)(h ^ (h >> 32));
        }

        public override object BinaryOp(int op, object other)
        {
            return IntOps.Binary(op, this, other);
        }

        public override object ReflectedOp(int op, object other)
        {
            return IntOps.Binary(op, other, this);
        }

        public override object UnaryOp(int op)
        {
            return IntOps.Unary(op, this);
        }

        public override object Compare(int op, object other)
        {
            return IntOps.Compare(op, this, other);
        }
    }
}
