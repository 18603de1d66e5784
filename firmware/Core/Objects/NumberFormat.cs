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
            bool isInt = IntOps.IsInt(num);
            if (isInt && (t == '\0' || t == 'd' || t == 'b' || t == 'o' || t == 'x' || t == 'X' || t == 'c' || t == 'n'))
            {
                if (f.Precision >= 0)
                {
                    throw Err.Value("Precision not allowed in integer format specifier");
                }
                if (t == 'c')
                {
                    return f.Pad(Ops.CharToStr((char)Ops.ToLong(num)), '<', 0);
                }
                int radix = t == 'b' ? 2 : t == 'o' ? 8 : t == 'x' || t == 'X' ? 16 : 10;
                string digits = Numbers.ToBase(num, radix, "");
                neg = digits[0] == '-';
                if (neg)
                {
                    digits = digits.Substring(1);
                }
                if (f.Comma)
                {
                    digits = Group(digits);
                }
                if (t == 'X')
                {
                    digits = digits.ToUpper();
                }
                string prefix = f.Alt && radix != 10 ? (radix == 2 ? "0b" : radix == 8 ? "0o" : t == 'X' ? "0X" : "0x") : "";
                string sign = neg ? "-" : f.Sign == '+' ? "+" : f.Sign == ' ' ? " " : "";
                body = sign + prefix + digits;
                prefixLen = sign.Length + prefix.Length;
                return f.Pad(body, '>', prefixLen);
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
                }
                else
                {
                    s = FloatFormat.Format(d, 'g', f.Precision == 0 ? 1 : f.Precision, f.Alt);
                    if (!double.IsInfinity(d) && !double.IsNaN(d) && s.IndexOf('.') < 0 && s.IndexOf('e') < 0)
                    {
                        s += ".0";
                    }
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
            if (f.Comma)
            {
                int dot = s.IndexOf('.');
                int e = s.IndexOf('e');
                int end = dot >= 0 ? dot : e >= 0 ? e : s.Length;
                if (s.Length > 0 && s[0] >= '0' && s[0] <= '9')
                {
                    s = Group(s.Substring(0, end)) + s.Substring(end);
                }
            }
            string sg = neg ? "-" : f.Sign == '+' ? "+" : f.Sign == ' ' ? " " : "";
            body = sg + s;
            return f.Pad(body, '>', sg.Length);
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
