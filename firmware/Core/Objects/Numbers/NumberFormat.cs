namespace MicroPy.Objects
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
                    if (f.Sign != '\0' || f.Alt)
                    {
                        throw Err.Value((f.Sign != '\0' ? "Sign" : "Alternate form (#)") + " not allowed with integer format specifier 'c'");
                    }
                    long code = num is PyBigInt ? -1 : Ops.ToLong(num);
                    if (code < 0 || code > 0x10FFFF)
                    {
                        throw Err.Overflow("%c arg not in range(0x110000)");
                    }
                    return f.Pad(Ops.CharToStr((char)code), '>', 0);
                }
                int radix = t == 'b' ? 2 : t == 'o' ? 8 : t == 'x' || t == 'X' ? 16 : 10;
                string digits = Numbers.ToBase(num, radix, "");
                neg = digits[0] == '-';
                if (neg)
                {
                    digits = digits.Substring(1);
                }
                string prefix = f.Alt && radix != 10 ? (radix == 2 ? "0b" : radix == 8 ? "0o" : t == 'X' ? "0X" : "0x") : "";
                string sign = f.SignText(neg);
                prefixLen = sign.Length + prefix.Length;
                if (f.Comma)
                {
                    digits = ZeroPadGroup(f, digits, prefixLen);
                }
                if (t == 'X')
                {
                    digits = digits.ToUpper();
                }
                body = sign + prefix + digits;
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
                    s = FloatFormat.Format(d, '\0', f.Precision, f.Alt);
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
            string sg = f.SignText(neg);
            if (f.Comma && s.Length > 0 && s[0] >= '0' && s[0] <= '9')
            {
                // The integer digits are grouped (and zero padding with them): up to '.', 'e' or '%'.
                int end = 0;
                while (end < s.Length && s[end] >= '0' && s[end] <= '9')
                {
                    end++;
                }
                string rest = s.Substring(end);
                s = ZeroPadGroup(f, s.Substring(0, end), sg.Length + rest.Length) + rest;
            }
            body = sg + s;
            return f.Pad(body, f.NumberAlign, sg.Length);
        }

        /// <summary>Groups digits by thousands; with zero fill and '=' alignment the zeros of the padding are
        /// digits too (grouped, and never a leading comma, even if that passes the width). before: the width taken
        /// by what stands around the digits (sign, prefix, fraction).</summary>
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
