namespace MicroPy.Objects
{
    /// <summary>
    /// Python-exact float text without .NET formatting: the exact decimal expansion of the double (bignum), then
    /// correctly rounded (half-even) to the digits wanted. Repr is the shortest string that reads back the same.
    /// </summary>
    public static class FloatFormat
    {
        /// <summary>Exact digits of |d| (finite, non-zero): |d| = digits x 10^exp, digits without trailing zeros.</summary>
        private static string ExactDigits(double d, out int exp)
        {
            long bits = System.BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL;
            int be = (int)(bits >> 52);
            long frac = bits & 0xFFFFFFFFFFFFFL;
            long m;
            int e;
            if (be == 0)
            {
                m = frac;
                e = -1074;
            }
            else
            {
                m = frac | (1L << 52);
                e = be - 1075;
            }
            while ((m & 1) == 0 && e < 0)
            {
                m >>= 1;
                e++;
            }
            uint[] n = BigNat.FromULong((ulong)m);
            string s;
            if (e >= 0)
            {
                s = BigNat.ToDecimal(BigNat.ShiftLeft(n, e));
                exp = 0;
            }
            else
            {
                s = BigNat.ToDecimal(BigNat.Mul(n, BigNat.Pow(new uint[] { 5 }, -e)));
                exp = e;
            }
            int end = s.Length;
            while (end > 1 && s[end - 1] == '0')
            {
                end--;
                exp++;
            }
            return end == s.Length ? s : s.Substring(0, end);
        }

        /// <summary>Rounds digits (value digits x 10^exp) to keep significant digits, half to even; keep may be 0.
        /// Returns the new digits (without trailing zeros, "0" for zero) and adjusts exp.</summary>
        private static string Round(string digits, ref int exp, int keep)
        {
            return Round(digits, ref exp, keep, false);
        }

        /// <summary>Round; with away, up to the next keep-digit value instead of to the nearest.</summary>
        private static string Round(string digits, ref int exp, int keep, bool away)
        {
            int n = digits.Length;
            if (keep >= n)
            {
                return digits;
            }
            if (keep < 0)
            {
                exp += n;
                return "0";
            }
            bool up;
            char next = digits[keep];
            if (away)
            {
                up = true;
            }
            else if (next > '5')
            {
                up = true;
            }
            else if (next < '5')
            {
                up = false;
            }
            else
            {
                bool rest = false;
                for (int i = keep + 1; i < n; i++)
                {
                    if (digits[i] != '0')
                    {
                        rest = true;
                        break;
                    }
                }
                up = rest || (keep > 0 && ((digits[keep - 1] - '0') & 1) == 1);
            }
            exp += n - keep;
            if (keep == 0)
            {
                return up ? "1" : "0";
            }
            char[] c = new char[keep];
            for (int i = 0; i < keep; i++)
            {
                c[i] = digits[i];
            }
            if (up)
            {
                int i = keep - 1;
                while (i >= 0 && c[i] == '9')
                {
                    c[i] = '0';
                    i--;
                }
                if (i < 0)
                {
                    exp += keep;
                    return "1";
                }
                c[i]++;
            }
            int end = keep;
            while (end > 1 && c[end - 1] == '0')
            {
                end--;
                exp++;
            }
            return new string(c, 0, end);
        }

        private static double ToDouble(string digits, int exp)
        {
            uint[] n = BigNat.Zero;
            for (int i = 0; i < digits.Length; i++)
            {
                n = BigNat.MulSmall(n, 10, (uint)(digits[i] - '0'));
            }
            if (exp >= 0)
            {
                return BigNat.RatioToDouble(BigNat.Mul(n, BigNat.Pow10(exp)), new uint[] { 1 });
            }
            return BigNat.RatioToDouble(n, BigNat.Pow10(-exp));
        }

        /// <summary>Shortest digits that read back as |d|.</summary>
        public static string Shortest(double d, out int exp)
        {
            double a = d < 0 ? -d : d;
            int e0;
            string exact = ExactDigits(a, out e0);
            // A power of two (not the smallest normal) has a neighbour below at half the distance of the one above:
            // the digits rounded up may read back where the nearest ones do not (2**-77 is 6.617444900424222e-24).
            long bits = System.BitConverter.DoubleToInt64Bits(a);
            bool lopsided = (bits & 0xFFFFFFFFFFFFFL) == 0 && (bits >> 52) > 1;
            for (int p = 1; p < 17 && p < exact.Length; p++)
            {
                int e = e0;
                string r = Round(exact, ref e, p);
                if (ToDouble(r, e) == a)
                {
                    exp = e;
                    return r;
                }
                if (lopsided)
                {
                    e = e0;
                    r = Round(exact, ref e, p, true);
                    if (ToDouble(r, e) == a)
                    {
                        exp = e;
                        return r;
                    }
                }
            }
            int ee = e0;
            string r17 = Round(exact, ref ee, 17);
            exp = ee;
            return r17;
        }

        public static string Repr(double d)
        {
            if (double.IsNaN(d))
            {
                return "nan";
            }
            if (double.IsInfinity(d))
            {
                return System.BitConverter.DoubleToInt64Bits(d) < 0 ? "-inf" : "inf";
            }
            bool neg = System.BitConverter.DoubleToInt64Bits(d) < 0;
            if (d == 0)
            {
                return neg ? "-0.0" : "0.0";
            }
            int exp;
            string digits = Shortest(d, out exp);
            int sci = digits.Length - 1 + exp;
            StrBuf sb = new StrBuf(24);
            if (neg)
            {
                sb.Append('-');
            }
            if (sci >= -4 && sci < 16)
            {
                Fixed(sb, digits, exp, -1);
                return sb.ToString();
            }
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.');
                sb.Append(digits, 1, digits.Length - 1);
            }
            AppendExp(sb, sci, 'e');
            return sb.ToString();
        }

        /// <summary>digits x 10^exp in positional notation; decimals &lt; 0 means 'at least one' (repr style).</summary>
        private static void Fixed(StrBuf sb, string digits, int exp, int decimals)
        {
            int n = digits.Length;
            int intDigits = n + exp;
            if (intDigits <= 0)
            {
                sb.Append('0');
            }
            else
            {
                for (int i = 0; i < intDigits; i++)
                {
                    sb.Append(i < n ? digits[i] : '0');
                }
            }
            int frac = exp < 0 ? -exp : 0;
            int want = decimals < 0 ? (frac == 0 ? 1 : frac) : decimals;
            if (want == 0)
            {
                return;
            }
            sb.Append('.');
            for (int i = 0; i < want; i++)
            {
                int pos = intDigits + i;
                sb.Append(pos >= 0 && pos < n ? digits[pos] : '0');
            }
        }

        private static void AppendExp(StrBuf sb, int e, char letter)
        {
            sb.Append(letter);
            sb.Append(e < 0 ? '-' : '+');
            int a = e < 0 ? -e : e;
            if (a < 10)
            {
                sb.Append('0');
            }
            sb.Append(Ops.IntToString(a));
        }

        /// <summary>conv is one of e E f F g G %, or '\0' for format()'s float with no type and a precision: 'g'
        /// except that a fixed-point result keeps a digit after the point, so it turns to exponent form one digit
        /// sooner (format(3.5, '.1') is '4e+00'). precision &lt; 0 means the default (6). alt = '#' flag.
        /// The sign of d is included ('-' only).</summary>
        public static string Format(double d, char conv, int precision, bool alt)
        {
            bool upper = conv == 'E' || conv == 'F' || conv == 'G';
            if (conv == '%')
            {
                // Scaled first, as CPython: format(1e308, '%') is 'inf%'.
                d *= 100;
            }
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                string t = double.IsNaN(d) ? "nan" : (System.BitConverter.DoubleToInt64Bits(d) < 0 ? "-inf" : "inf");
                if (conv == '%')
                {
                    t += "%";
                }
                return upper ? t.ToUpper() : t;
            }
            if (precision < 0)
            {
                precision = 6;
            }
            bool neg = System.BitConverter.DoubleToInt64Bits(d) < 0;
            double a = neg ? -d : d;
            int exp = 0;
            string digits = a == 0 ? "0" : ExactDigits(a, out exp);
            StrBuf sb = new StrBuf(24);
            if (neg)
            {
                sb.Append('-');
            }
            char c = conv == '%' ? 'f' : conv == '\0' ? 'g' : (char)(conv | 0x20);
            if (c == 'f')
            {
                int sci = digits.Length - 1 + exp;
                string r = Round(digits, ref exp, sci + 1 + precision);
                Fixed(sb, r == "0" ? "0" : r, r == "0" ? 0 : exp, precision);
                if (alt && precision == 0)
                {
                    sb.Append('.');
                }
                if (conv == '%')
                {
                    sb.Append('%');
                }
                return sb.ToString();
            }
            if (c == 'e')
            {
                string r = a == 0 ? "0" : Round(digits, ref exp, precision + 1);
                int sci = a == 0 ? 0 : r.Length - 1 + exp;
                sb.Append(r[0]);
                if (precision > 0 || alt)
                {
                    sb.Append('.');
                }
                for (int i = 1; i <= precision; i++)
                {
                    sb.Append(i < r.Length ? r[i] : '0');
                }
                AppendExp(sb, sci, upper ? 'E' : 'e');
                return sb.ToString();
            }
            // 'g'
            int p = precision == 0 ? 1 : precision;
            string g = a == 0 ? "0" : Round(digits, ref exp, p);
            int x = a == 0 ? 0 : g.Length - 1 + exp;
            if (x >= -4 && x < (conv == '\0' ? p - 1 : p))
            {
                int decimals = p - 1 - x;
                int before = sb.Length;
                Fixed(sb, g, a == 0 ? 0 : exp, decimals);
                if (!alt)
                {
                    string s = sb.ToString();
                    if (s.IndexOf('.') >= 0)
                    {
                        int end = s.Length;
                        while (end > 0 && s[end - 1] == '0')
                        {
                            end--;
                        }
                        if (end > 0 && s[end - 1] == '.')
                        {
                            end--;
                        }
                        s = s.Substring(0, end);
                    }
                    return conv == '\0' && s.IndexOf('.') < 0 ? s + ".0" : s;
                }
                if (decimals == 0)
                {
                    sb.Append('.');
                }
                return sb.ToString();
            }
            sb.Append(g[0]);
            int fracDigits = alt ? p - 1 : g.Length - 1;
            if (fracDigits > 0)
            {
                sb.Append('.');
                for (int i = 1; i <= fracDigits; i++)
                {
                    sb.Append(i < g.Length ? g[i] : '0');
                }
            }
            else if (alt)
            {
                sb.Append('.');
            }
            AppendExp(sb, x, upper ? 'E' : 'e');
            return sb.ToString();
        }
    }
}
