namespace MicroPy.Objects
{
    /// <summary>
    /// Natural-number arithmetic on little-endian uint[] magnitudes (no leading zero words; zero is an empty array).
    /// The base of PyBigInt and of exact float/decimal conversions.
    /// </summary>
    public static class BigNat
    {
        public static readonly uint[] Zero = new uint[0];

        public static uint[] Trim(uint[] a, int n)
        {
            while (n > 0 && a[n - 1] == 0)
            {
                n--;
            }
            if (n == a.Length)
            {
                return a;
            }
            uint[] r = new uint[n];
            System.Array.Copy(a, r, n);
            return r;
        }

        public static uint[] FromULong(ulong v)
        {
            if (v == 0)
            {
                return Zero;
            }
            if ((v >> 32) == 0)
            {
                return new uint[] { (uint)v };
            }
            return new uint[] { (uint)v, (uint)(v >> 32) };
        }

        public static bool IsZero(uint[] a)
        {
            return a.Length == 0;
        }

        public static int Compare(uint[] a, uint[] b)
        {
            if (a.Length != b.Length)
            {
                return a.Length < b.Length ? -1 : 1;
            }
            for (int i = a.Length - 1; i >= 0; i--)
            {
                if (a[i] != b[i])
                {
                    return a[i] < b[i] ? -1 : 1;
                }
            }
            return 0;
        }

        public static uint[] Add(uint[] a, uint[] b)
        {
            if (a.Length < b.Length)
            {
                uint[] t = a;
                a = b;
                b = t;
            }
            uint[] r = new uint[a.Length + 1];
            ulong carry = 0;
            for (int i = 0; i < a.Length; i++)
            {
                ulong s = (ulong)a[i] + (i < b.Length ? b[i] : 0u) + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            r[a.Length] = (uint)carry;
            return Trim(r, r.Length);
        }

        /// <summary>a - b, requires a &gt;= b.</summary>
        public static uint[] Sub(uint[] a, uint[] b)
        {
            uint[] r = new uint[a.Length];
            long borrow = 0;
            for (int i = 0; i < a.Length; i++)
            {
                long d = (long)a[i] - (i < b.Length ? b[i] : 0u) - borrow;
                if (d < 0)
                {
                    d += 0x100000000L;
                    borrow = 1;
                }
                else
                {
                    borrow = 0;
                }
                r[i] = (uint)d;
            }
            return Trim(r, r.Length);
        }

        public static uint[] Mul(uint[] a, uint[] b)
        {
            if (a.Length == 0 || b.Length == 0)
            {
                return Zero;
            }
            uint[] r = new uint[a.Length + b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                ulong carry = 0;
                ulong ai = a[i];
                if (ai == 0)
                {
                    continue;
                }
                for (int j = 0; j < b.Length; j++)
                {
                    ulong t = ai * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)t;
                    carry = t >> 32;
                }
                int k = i + b.Length;
                while (carry != 0)
                {
                    ulong t = (ulong)r[k] + carry;
                    r[k] = (uint)t;
                    carry = t >> 32;
                    k++;
                }
            }
            return Trim(r, r.Length);
        }

        public static uint[] MulSmall(uint[] a, uint m, uint add)
        {
            uint[] r = new uint[a.Length + 1];
            ulong carry = add;
            for (int i = 0; i < a.Length; i++)
            {
                ulong t = (ulong)a[i] * m + carry;
                r[i] = (uint)t;
                carry = t >> 32;
            }
            r[a.Length] = (uint)carry;
            return Trim(r, r.Length);
        }

        /// <summary>Divides by a small divisor; returns the quotient and the remainder.</summary>
        public static uint[] DivSmall(uint[] a, uint d, out uint rem)
        {
            uint[] q = new uint[a.Length];
            ulong r = 0;
            for (int i = a.Length - 1; i >= 0; i--)
            {
                ulong cur = (r << 32) | a[i];
                q[i] = (uint)(cur / d);
                r = cur % d;
            }
            rem = (uint)r;
            return Trim(q, q.Length);
        }

        public static int BitLength(uint[] a)
        {
            if (a.Length == 0)
            {
                return 0;
            }
            uint top = a[a.Length - 1];
            int bits = 0;
            while (top != 0)
            {
                bits++;
                top >>= 1;
            }
            return (a.Length - 1) * 32 + bits;
        }

        public static bool TestBit(uint[] a, int bit)
        {
            int w = bit >> 5;
            return w < a.Length && ((a[w] >> (bit & 31)) & 1) != 0;
        }

        /// <summary>True when any bit below 'bits' is set.</summary>
        public static bool AnyBitsBelow(uint[] a, int bits)
        {
            int w = bits >> 5;
            for (int i = 0; i < w && i < a.Length; i++)
            {
                if (a[i] != 0)
                {
                    return true;
                }
            }
            if (w < a.Length && (bits & 31) != 0)
            {
                return (a[w] & ((1u << (bits & 31)) - 1)) != 0;
            }
            return false;
        }

        public static uint[] ShiftLeft(uint[] a, int n)
        {
            if (a.Length == 0 || n == 0)
            {
                return a;
            }
            int words = n >> 5;
            int bits = n & 31;
            uint[] r = new uint[a.Length + words + 1];
            for (int i = 0; i < a.Length; i++)
            {
                ulong v = (ulong)a[i] << bits;
                r[i + words] |= (uint)v;
                r[i + words + 1] |= (uint)(v >> 32);
            }
            return Trim(r, r.Length);
        }

        public static uint[] ShiftRight(uint[] a, int n)
        {
            int words = n >> 5;
            int bits = n & 31;
            if (words >= a.Length)
            {
                return Zero;
            }
            uint[] r = new uint[a.Length - words];
            for (int i = 0; i < r.Length; i++)
            {
                ulong v = a[i + words];
                if (i + words + 1 < a.Length)
                {
                    v |= (ulong)a[i + words + 1] << 32;
                }
                r[i] = (uint)(v >> bits);
            }
            return Trim(r, r.Length);
        }

        /// <summary>Long division (Knuth D): quotient and remainder of a / b, b non-zero.</summary>
        public static uint[] DivMod(uint[] a, uint[] b, out uint[] rem)
        {
            if (Compare(a, b) < 0)
            {
                rem = a;
                return Zero;
            }
            if (b.Length == 1)
            {
                uint r1;
                uint[] q1 = DivSmall(a, b[0], out r1);
                rem = FromULong(r1);
                return q1;
            }
            // Normalize so the divisor's top word has its high bit set.
            int s = 32 - BitLengthWord(b[b.Length - 1]);
            uint[] bn = ShiftLeftRaw(b, s, b.Length);
            uint[] an = ShiftLeftRaw(a, s, a.Length + 1);
            int n = b.Length;
            int m = a.Length - n;
            uint[] q = new uint[m + 1];
            ulong btop = bn[n - 1];
            ulong bnext = bn[n - 2];
            for (int j = m; j >= 0; j--)
            {
                ulong num = ((ulong)an[j + n] << 32) | an[j + n - 1];
                ulong qhat = num / btop;
                ulong rhat = num % btop;
                while (qhat > 0xFFFFFFFFUL || qhat * bnext > ((rhat << 32) | an[j + n - 2]))
                {
                    qhat--;
                    rhat += btop;
                    if (rhat > 0xFFFFFFFFUL)
                    {
                        break;
                    }
                }
                // Multiply and subtract.
                long borrow = 0;
                ulong carry = 0;
                for (int i = 0; i < n; i++)
                {
                    ulong p = qhat * bn[i] + carry;
                    carry = p >> 32;
                    long t = (long)an[i + j] - (long)(uint)p - borrow;
                    an[i + j] = (uint)t;
                    borrow = t < 0 ? 1 : 0;
                }
                long tt = (long)an[j + n] - (long)carry - borrow;
                an[j + n] = (uint)tt;
                if (tt < 0)
                {
                    // Add back.
                    qhat--;
                    ulong c = 0;
                    for (int i = 0; i < n; i++)
                    {
                        ulong sum = (ulong)an[i + j] + bn[i] + c;
                        an[i + j] = (uint)sum;
                        c = sum >> 32;
                    }
                    an[j + n] = (uint)((ulong)an[j + n] + c);
                }
                q[j] = (uint)qhat;
            }
            rem = ShiftRight(Trim(an, n), s);
            return Trim(q, q.Length);
        }

        private static int BitLengthWord(uint w)
        {
            int b = 0;
            while (w != 0)
            {
                b++;
                w >>= 1;
            }
            return b;
        }

        private static uint[] ShiftLeftRaw(uint[] a, int s, int len)
        {
            uint[] r = new uint[len + 1];
            for (int i = 0; i < a.Length; i++)
            {
                ulong v = (ulong)a[i] << s;
                r[i] |= (uint)v;
                r[i + 1] |= (uint)(v >> 32);
            }
            return r;
        }

        public static uint[] Pow(uint[] b, long e)
        {
            uint[] result = new uint[] { 1 };
            uint[] x = b;
            while (e > 0)
            {
                if ((e & 1) != 0)
                {
                    result = Mul(result, x);
                }
                e >>= 1;
                if (e > 0)
                {
                    x = Mul(x, x);
                }
            }
            return result;
        }

        private static uint[][] s_pow10 = new uint[8][];

        public static uint[] Pow10(int e)
        {
            if (e < s_pow10.Length)
            {
                uint[] c = s_pow10[e];
                if (c == null)
                {
                    c = s_pow10[e] = Pow(new uint[] { 10 }, e);
                }
                return c;
            }
            return Pow(new uint[] { 10 }, e);
        }

        /// <summary>Decimal digits an int may have in text (CPython's default limit, checked as CPython does):
        /// decimal conversion is quadratic, power-of-two bases have no limit.</summary>
        public const int MaxDecimalDigits = 4300;

        private const string LimitText = "Exceeds the limit (4300 digits) for integer string conversion";
        private const string LimitHint = "; use sys.set_int_max_str_digits() to increase the limit";

        /// <summary>Bits per digit of a power-of-two radix, else 0.</summary>
        private static int DigitBits(int radix)
        {
            return radix == 2 ? 1 : radix == 4 ? 2 : radix == 8 ? 3 : radix == 16 ? 4 : radix == 32 ? 5 : 0;
        }

        /// <summary>The magnitude written by the digits of s[start..end) in radix (validated already; '_' skipped):
        /// linear for power-of-two radixes, chunked multiply-add in place otherwise (with CPython's digit limit).</summary>
        public static uint[] FromDigits(string s, int start, int end, int radix)
        {
            int n = 0;
            for (int i = start; i < end; i++)
            {
                if (s[i] != '_')
                {
                    n++;
                }
            }
            int shift = DigitBits(radix);
            if (shift > 0)
            {
                uint[] r = new uint[(int)(((long)n * shift + 31) / 32) + 1];
                int bit = 0;
                for (int i = end - 1; i >= start; i--)
                {
                    if (s[i] == '_')
                    {
                        continue;
                    }
                    uint d = (uint)Numbers.DigitValue(s[i]);
                    int w = bit >> 5;
                    int o = bit & 31;
                    r[w] |= d << o;
                    if (o + shift > 32)
                    {
                        r[w + 1] |= d >> (32 - o);
                    }
                    bit += shift;
                }
                return Trim(r, r.Length);
            }
            if (n > MaxDecimalDigits)
            {
                throw Err.Value(LimitText + ": value has " + Ops.IntToString(n) + " digits" + LimitHint);
            }
            uint[] acc = new uint[n * 6 / 32 + 2];
            int len = 0;
            uint chunk = 0;
            uint mul = 1;
            for (int i = start; i < end; i++)
            {
                if (s[i] == '_')
                {
                    continue;
                }
                chunk = chunk * (uint)radix + (uint)Numbers.DigitValue(s[i]);
                mul *= (uint)radix;
                if (mul > uint.MaxValue / 36)
                {
                    len = MulAddInPlace(acc, len, mul, chunk);
                    chunk = 0;
                    mul = 1;
                }
            }
            if (mul > 1)
            {
                len = MulAddInPlace(acc, len, mul, chunk);
            }
            return Trim(acc, len);
        }

        private static int MulAddInPlace(uint[] acc, int len, uint m, uint add)
        {
            ulong carry = add;
            for (int i = 0; i < len; i++)
            {
                ulong t = (ulong)acc[i] * m + carry;
                acc[i] = (uint)t;
                carry = t >> 32;
            }
            if (carry != 0)
            {
                acc[len++] = (uint)carry;
            }
            return len;
        }

        /// <summary>Decimal digits of a (no sign), by chunks of 10^9; CPython's ValueError past MaxDecimalDigits.</summary>
        public static string ToDecimal(uint[] a)
        {
            if (a.Length == 0)
            {
                return "0";
            }
            if ((long)BitLength(a) * 30103 / 100000 > MaxDecimalDigits)
            {
                throw Err.Value(LimitText + LimitHint);
            }
            uint[] chunks = new uint[a.Length * 10 / 9 + 2];
            int nc = 0;
            uint[] cur = a;
            while (cur.Length > 0)
            {
                uint r;
                cur = DivSmall(cur, 1000000000u, out r);
                chunks[nc++] = r;
            }
            char[] buf = new char[nc * 9];
            int p = 0;
            string top = Ops.LongToString(chunks[nc - 1]);
            for (int i = 0; i < top.Length; i++)
            {
                buf[p++] = top[i];
            }
            for (int k = nc - 2; k >= 0; k--)
            {
                uint c = chunks[k];
                for (int d = 8; d >= 0; d--)
                {
                    buf[p + d] = (char)('0' + c % 10);
                    c /= 10;
                }
                p += 9;
            }
            if (p > MaxDecimalDigits)
            {
                throw Err.Value(LimitText + LimitHint);
            }
            return new string(buf, 0, p);
        }

        /// <summary>Digits of a in a power-of-two or any radix 2..36 (lower case).</summary>
        public static string ToRadix(uint[] a, int radix)
        {
            if (radix == 10)
            {
                return ToDecimal(a);
            }
            if (a.Length == 0)
            {
                return "0";
            }
            int shift = DigitBits(radix);
            if (shift > 0)
            {
                // Power-of-two radix: each digit is shift bits of a, read straight from the words.
                int n = (BitLength(a) + shift - 1) / shift;
                char[] digits = new char[n];
                for (int k = 0; k < n; k++)
                {
                    int bit = k * shift;
                    int w = bit >> 5;
                    ulong v = a[w] >> (bit & 31);
                    if ((bit & 31) + shift > 32 && w + 1 < a.Length)
                    {
                        v |= (ulong)a[w + 1] << (32 - (bit & 31));
                    }
                    uint r = (uint)v & (uint)(radix - 1);
                    digits[n - 1 - k] = (char)(r < 10 ? '0' + r : 'a' + r - 10);
                }
                return new string(digits);
            }
            char[] buf = new char[BitLength(a) + 1];
            int p = buf.Length;
            uint[] cur = a;
            while (cur.Length > 0)
            {
                uint r;
                cur = DivSmall(cur, (uint)radix, out r);
                buf[--p] = (char)(r < 10 ? '0' + r : 'a' + r - 10);
            }
            return new string(buf, p, buf.Length - p);
        }

        /// <summary>a / b correctly rounded to the nearest double (ties to even); a, b non-negative, b non-zero.</summary>
        public static double RatioToDouble(uint[] a, uint[] b)
        {
            if (a.Length == 0)
            {
                return 0.0;
            }
            int shift = 66 - (BitLength(a) - BitLength(b));
            uint[] n2 = shift >= 0 ? ShiftLeft(a, shift) : a;
            uint[] d2 = shift >= 0 ? b : ShiftLeft(b, -shift);
            uint[] rem;
            uint[] q = DivMod(n2, d2, out rem);
            bool sticky = rem.Length != 0;
            return MakeDouble(q, -shift, sticky);
        }

        /// <summary>q * 2^e2 (plus a sticky fraction) rounded to a double.</summary>
        public static double MakeDouble(uint[] q, int e2, bool sticky)
        {
            int len = BitLength(q);
            if (len == 0)
            {
                return 0.0;
            }
            int exp = e2 + len - 1;
            if (exp > 1023)
            {
                return double.PositiveInfinity;
            }
            int target = 53;
            if (exp < -1022)
            {
                target = 53 - (-1022 - exp);
                if (target < 0)
                {
                    return 0.0;
                }
            }
            int drop = len - target;
            ulong m;
            if (drop > 0)
            {
                bool half = TestBit(q, drop - 1);
                bool rest = sticky || AnyBitsBelow(q, drop - 1);
                uint[] hi = ShiftRight(q, drop);
                m = hi.Length == 0 ? 0 : hi.Length == 1 ? hi[0] : ((ulong)hi[1] << 32) | hi[0];
                if (half && (rest || (m & 1) != 0))
                {
                    m++;
                }
            }
            else
            {
                m = q.Length == 1 ? q[0] : ((ulong)q[1] << 32) | q[0];
                m <<= -drop;
            }
            int e = e2 + drop;
            // m has target (or target+1 after rounding up) significant bits; value = m * 2^e.
            if (m == 0)
            {
                return 0.0;
            }
            int mbits = 0;
            for (ulong t = m; t != 0; t >>= 1)
            {
                mbits++;
            }
            if (mbits > 53)
            {
                m >>= 1;
                e++;
                mbits--;
            }
            int unbiased = e + mbits - 1;
            if (unbiased > 1023)
            {
                return double.PositiveInfinity;
            }
            long bits;
            if (unbiased < -1022)
            {
                // Subnormal: m * 2^e with e == -1074 after the target adjustment.
                bits = (long)(m << (e + 1074));
            }
            else
            {
                ulong frac = (m << (53 - mbits)) & 0xFFFFFFFFFFFFFUL;
                bits = ((long)(unbiased + 1023) << 52) | (long)frac;
            }
            return System.BitConverter.Int64BitsToDouble(bits);
        }
    }
}
