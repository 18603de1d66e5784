namespace MicroPy.Objects
{
    public static partial class Numbers
    {
        /// <summary>Parses a float from text[start..end): optional sign, digits with '.', exponent, inf/nan words.
        /// Correctly rounded. ValueError "could not convert string to float" on bad input.</summary>
        public static double ParseFloatText(string text, int start, int end)
        {
            double r;
            if (!TryParseFloat(text, start, end, out r))
            {
                throw Err.Value("could not convert string to float: " + PyStr.Repr(text));
            }
            return r;
        }

        public static bool TryParseFloat(string text, int start, int end, out double result)
        {
            result = 0;
            int i = start;
            bool neg = false;
            if (i < end && (text[i] == '+' || text[i] == '-'))
            {
                neg = text[i] == '-';
                i++;
            }
            int rest = end - i;
            if (rest == 3 || rest == 8)
            {
                string w = text.Substring(i, rest).ToLower();
                if (w == "inf" || w == "infinity")
                {
                    result = neg ? double.NegativeInfinity : double.PositiveInfinity;
                    return true;
                }
                if (w == "nan")
                {
                    result = double.NaN;
                    return true;
                }
            }
            uint[] mant = BigNat.Zero;
            int digits = 0;
            int exp10 = 0;
            bool any = false;
            bool point = false;
            for (; i < end; i++)
            {
                char c = text[i];
                if (c >= '0' && c <= '9')
                {
                    any = true;
                    if (mant.Length == 0 && c == '0')
                    {
                        if (point)
                        {
                            exp10--;
                        }
                        continue;
                    }
                    if (digits < 800)
                    {
                        mant = BigNat.MulSmall(mant, 10, (uint)(c - '0'));
                        digits++;
                        if (point)
                        {
                            exp10--;
                        }
                    }
                    else if (!point)
                    {
                        exp10++;
                    }
                    continue;
                }
                if (c == '.' && !point)
                {
                    point = true;
                    continue;
                }
                if (c == '_' && i > start && i + 1 < end && text[i - 1] >= '0' && text[i - 1] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9')
                {
                    continue;
                }
                break;
            }
            if (!any)
            {
                return false;
            }
            if (i < end && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                bool eneg = false;
                if (i < end && (text[i] == '+' || text[i] == '-'))
                {
                    eneg = text[i] == '-';
                    i++;
                }
                if (i >= end)
                {
                    return false;
                }
                long e = 0;
                for (; i < end; i++)
                {
                    char c = text[i];
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }
                    if (e < 100000)
                    {
                        e = e * 10 + (c - '0');
                    }
                }
                exp10 += (int)(eneg ? -e : e);
            }
            if (i != end)
            {
                return false;
            }
            double v;
            if (mant.Length == 0)
            {
                v = 0;
            }
            else if (exp10 + digits > 330)
            {
                v = double.PositiveInfinity;
            }
            else if (exp10 + digits < -330)
            {
                v = 0;
            }
            else if (exp10 >= 0)
            {
                v = BigNat.RatioToDouble(BigNat.Mul(mant, BigNat.Pow10(exp10)), new uint[] { 1 });
            }
            else
            {
                v = BigNat.RatioToDouble(mant, BigNat.Pow10(-exp10));
            }
            result = neg ? -v : v;
            return true;
        }

        /// <summary>The int value of an integral float (trunc); OverflowError/ValueError for inf/nan.</summary>
        public static object FloatToInt(double d)
        {
            if (double.IsNaN(d))
            {
                throw Err.Value("cannot convert float NaN to integer");
            }
            if (double.IsInfinity(d))
            {
                throw Err.Overflow("cannot convert float infinity to integer");
            }
            if (d > -9.2e18 && d < 9.2e18)
            {
                return PyInt.Create((long)d);
            }
            long bits = System.BitConverter.DoubleToInt64Bits(d);
            bool neg = bits < 0;
            int be = (int)((bits >> 52) & 0x7FF);
            long m = (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
            int e = be - 1075;
            uint[] mag = BigNat.FromULong((ulong)m);
            mag = e >= 0 ? BigNat.ShiftLeft(mag, e) : BigNat.ShiftRight(mag, -e);
            return PyBigInt.Make(neg, mag);
        }

        /// <summary>Text of an int in base 2, 8, 10 or 16 with Python's prefix rules for bin/oct/hex.</summary>
        public static string ToBase(object intval, int radix, string prefix)
        {
            PyInt small = intval as PyInt;
            if (small != null)
            {
                return SmallToBase(small.Value, radix, prefix);
            }
            bool neg;
            uint[] mag;
            if (!PyBigInt.Split(intval, out neg, out mag))
            {
                throw Err.Type("'" + Ops.TypeName(intval) + "' object cannot be interpreted as an integer");
            }
            string digits = BigNat.ToRadix(mag, radix);
            return (neg ? "-" : "") + prefix + digits;
        }

        /// <summary>ToBase of a machine-word int: one char buffer, no bignum (radix 2..36, lowercase digits).</summary>
        private static string SmallToBase(long v, int radix, string prefix)
        {
            char[] buf = new char[66 + prefix.Length];
            int pos = buf.Length;
            bool neg = v < 0;
            ulong u = neg ? (ulong)(-(v + 1)) + 1UL : (ulong)v;
            ulong r = (ulong)radix;
            do
            {
                int d = (int)(u % r);
                buf[--pos] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
                u /= r;
            }
            while (u != 0);
            for (int k = prefix.Length - 1; k >= 0; k--)
            {
                buf[--pos] = prefix[k];
            }
            if (neg)
            {
                buf[--pos] = '-';
            }
            return new string(buf, pos, buf.Length - pos);
        }
    }
}
