namespace MicroPy.Core
{
    /// <summary>format(number, spec) with the format mini-language for int/bool/float/complex.</summary>
    public static class NumberFormat
    {
        public static string Format(object num, string spec)
        {
            FormatSpec f = FormatSpec.Parse(spec);
            string body;
            bool neg;
            int prefixLen = 0;
            if (num is PyComplex)
            {
                return f.Pad(Ops.Repr(num), '>', 0);
            }
            char t = f.Type;
            if (f.Comma && (t == 'b' || t == 'o' || t == 'x' || t == 'X' || t == 'n' || t == 'c'))
            {
                throw Err.Value("Cannot specify ',' with '" + t + "'.");
            }
            bool isInt = IntOps.IsInt(num);
            if (isInt && (t == '\0' || t == 'd' || t == 'b' || t == 'o' || t == 'x' || t == 'X' || t == 'c' || t == 'n'))
            {
                if (f.Precision >= 0)
                {
                    throw Err.Value("Precision not allowed in integer format specifier");
                }
                if (t == 'c')
                {
                    if (f.Sign != '\0')
                    {
                        throw Err.Value("Sign not allowed with integer format specifier 'c'");
                    }
                    long code = num is PyBigInt ? -1 : Ops.ToLong(num);
                    if (code < 0 || code > 0x10FFFF)
                    {
                        throw Err.Overflow("%c arg not in range(0x110000)");
                    }
                    return f.Pad(Ops.CharToStr((char)code), f.Align != '\0' ? f.Align : '<', 0);
                }
                int radix = t == 'b' ? 2 : t == 'o' ? 8 : t == 'x' || t == 'X' ? 16 : 10;
                string digits = Numbers.ToBase(num, radix, "");
                neg = digits[0] == '-';
                if (neg)
                {
                    digits = digits.Substring(1);
                }
                string sign0 = neg || f.Sign == '+' || f.Sign == ' ' ? "-" : "";
                if (f.Comma)
                {
                    digits = ZeroPadGroup(f, digits, sign0.Length + (f.Alt && radix != 10 ? 2 : 0));
                }
                if (t == 'X')
                {
                    digits = digits.ToUpper();
                }
                string prefix = f.Alt && radix != 10 ? (radix == 2 ? "0b" : radix == 8 ? "0o" : t == 'X' ? "0X" : "0x") : "";
                string sign = neg ? "-" : f.Sign == '+' ? "+" : f.Sign == ' ' ? " " : "";
                body = sign + prefix + digits;
                prefixLen = sign.Length + prefix.Length;
                return f.Pad(body, f.NumberAlign, prefixLen);
            }
            if (!isInt && !(num is PyFloat))
            {
                throw Err.Type("unsupported format string passed to " + Ops.TypeName(num) + ".__format__");
            }
            if (t != '\0' && t != 'e' && t != 'E' && t != 'f' && t != 'F' && t != 'g' && t != 'G' && t != '%' && t != 'n')
            {
                throw Err.Value("Unknown format code '" + t + "' for object of type '" + Ops.TypeName(num) + "'");
            }
            double d = Ops.ToDouble(num);
            string s;
            if (t == '\0')
            {
                if (f.Precision < 0)
                {
                    s = isInt ? Ops.Repr(num) : FloatFormat.Repr(d);
                    if (f.Alt && !isInt && s.IndexOf('.') < 0 && !double.IsInfinity(d) && !double.IsNaN(d))
                    {
                        // '#': the point stays even in exponent form (1.e+20).
                        int ei = s.IndexOf('e');
                        s = ei < 0 ? s + "." : s.Substring(0, ei) + "." + s.Substring(ei);
                    }
                }
                else
                {
                    s = NoTypeWithPrecision(d, f.Precision == 0 ? 1 : f.Precision, f.Alt);
                }
            }
            else
            {
                s = FloatFormat.Format(d, t == 'n' ? 'g' : t, f.Precision, f.Alt);
            }
            neg = s[0] == '-';
            if (neg)
            {
                s = s.Substring(1);
            }
            string sg = neg ? "-" : f.Sign == '+' ? "+" : f.Sign == ' ' ? " " : "";
            if (f.Comma && s.Length > 0 && s[0] >= '0' && s[0] <= '9')
            {
                // The integer digits are grouped (and zero padding with them): up to '.', 'e' or '%'.
                int end = 0;
                while (end < s.Length && s[end] >= '0' && s[end] <= '9')
                {
                    end++;
                }
                string rest = s.Substring(end);
                f.Width -= rest.Length;
                s = ZeroPadGroup(f, s.Substring(0, end), sg.Length) + rest;
                f.Width += rest.Length;
            }
            body = sg + s;
            return f.Pad(body, f.NumberAlign, sg.Length);
        }

        /// <summary>Python's float format with no type and a precision: 'g', except that a fixed-point result
        /// keeps a digit after the point, so one whose integer part fills the precision goes to exponent form.</summary>
        private static string NoTypeWithPrecision(double d, int p, bool alt)
        {
            string s = FloatFormat.Format(d, 'g', p, alt);
            if (double.IsInfinity(d) || double.IsNaN(d) || s.IndexOf('e') >= 0)
            {
                return s;
            }
            int start = s[0] == '-' ? 1 : 0;
            int dot = s.IndexOf('.');
            int intDigits = (dot < 0 ? s.Length : dot) - start;
            // 0.x has no integer digit (fixed form is fine); zero itself counts one, as in CPython.
            bool zeroInt = intDigits == 1 && s[start] == '0' && d != 0;
            if (zeroInt || intDigits <= p - 1)
            {
                return dot < 0 ? s + ".0" : (dot == s.Length - 1 && !alt ? s + "0" : s);
            }
            string e = FloatFormat.Format(d, 'e', p - 1, alt);
            if (alt)
            {
                return e;
            }
            int ei = e.IndexOf('e');
            string mant = e.Substring(0, ei);
            if (mant.IndexOf('.') >= 0)
            {
                int k = mant.Length;
                while (mant[k - 1] == '0')
                {
                    k--;
                }
                if (mant[k - 1] == '.')
                {
                    k--;
                }
                mant = mant.Substring(0, k);
            }
            return mant + e.Substring(ei);
        }

        /// <summary>Groups digits by thousands; with zero fill and '=' alignment the zeros of the padding are
        /// digits too (grouped, and never a leading comma, even if that passes the width).</summary>
        private static string ZeroPadGroup(FormatSpec f, string digits, int before)
        {
            if (f.Fill == '0' && f.NumberAlign == '=')
            {
                int target = f.Width - before;
                while (Group(digits).Length < target)
                {
                    digits = "0" + digits;
                }
            }
            return Group(digits);
        }

        private static string Group(string digits)
        {
            if (digits.Length <= 3)
            {
                return digits;
            }
            StrBuf sb = new StrBuf(digits.Length + digits.Length / 3);
            int first = digits.Length % 3;
            if (first == 0)
            {
                first = 3;
            }
            sb.Append(digits, 0, first);
            for (int i = first; i < digits.Length; i += 3)
            {
                sb.Append(',');
                sb.Append(digits, i, 3);
            }
            return sb.ToString();
        }
    }
}
