namespace MicroPy.Objects
{
    public static partial class Ops
    {
        /// <summary>format(value, spec).</summary>
        public static string Format(object value, string spec)
        {
            object v = value;
            PyInstance inst = v as PyInstance;
            if (inst != null)
            {
                object f = inst.Type.Lookup("__format__");
                if (f != null)
                {
                    object r = CallMethod1(v, "__format__", spec);
                    string rs = r as string;
                    if (rs == null)
                    {
                        throw Err.Type("__format__ must return a str, not " + TypeName(r));
                    }
                    return rs;
                }
                if (inst.Native != null && inst.Type.Lookup("__str__") == null)
                {
                    v = inst.Native;
                }
            }
            string s = v as string;
            if (s != null)
            {
                return FormatStr(s, spec);
            }
            if (v is PyInt || v is PyBigInt || v is PyBool || v is PyFloat || v is PyComplex)
            {
                if (spec.Length == 0)
                {
                    return Str(v);
                }
                return NumberFormat.Format(v, spec);
            }
            if (spec.Length == 0)
            {
                return Str(value);
            }
            throw Err.Type("unsupported format string passed to " + TypeName(value) + ".__format__");
        }

        private static string FormatStr(string s, string spec)
        {
            if (spec.Length == 0)
            {
                return s;
            }
            FormatSpec fs = FormatSpec.Parse(spec);
            if (fs.Type != '\0' && fs.Type != 's')
            {
                throw Err.Value("Unknown format code '" + fs.Type + "' for object of type 'str'");
            }
            if (fs.Sign != '\0')
            {
                throw Err.Value("Sign not allowed in string format specifier");
            }
            if (fs.Align == '=')
            {
                throw Err.Value("'=' alignment not allowed in string format specifier");
            }
            if (fs.Alt)
            {
                throw Err.Value("Alternate form (#) not allowed in string format specifier");
            }
            if (fs.Comma)
            {
                throw Err.Value("Cannot specify ',' with 's'.");
            }
            if (fs.Precision >= 0 && s.Length > fs.Precision)
            {
                s = s.Substring(0, fs.Precision);
            }
            return fs.Pad(s, '<', 0);
        }

        /// <summary>str.format(*pos, **kw).</summary>
        public static string StrFormat(string fmt, object[] pos, PyDict kw)
        {
            int auto = 0;
            return StrFormat(fmt, pos, kw, ref auto);
        }

        private static string StrFormat(string fmtText, object[] pos, PyDict kw, ref int auto)
        {
#if NANOFRAMEWORK_1_0
            char[] fmt = fmtText.ToCharArray(); // nanoCLR strings are UTF-8: fmt[i] would walk the string
#else
            string fmt = fmtText;
#endif
            StrBuf sb = new StrBuf(fmt.Length + 16);
            int n = fmt.Length;
            int i = 0;
            while (i < n)
            {
                char c = fmt[i];
                if (c == '}')
                {
                    if (i + 1 < n && fmt[i + 1] == '}')
                    {
                        sb.Append('}');
                        i += 2;
                        continue;
                    }
                    throw Err.Value("Single '}' encountered in format string");
                }
                if (c != '{')
                {
                    sb.Append(c);
                    i++;
                    continue;
                }
                if (i + 1 < n && fmt[i + 1] == '{')
                {
                    sb.Append('{');
                    i += 2;
                    continue;
                }
                // Find the matching '}' (specs may nest one level of {}).
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0)
                {
                    if (fmt[j] == '{')
                    {
                        depth++;
                    }
                    else if (fmt[j] == '}')
                    {
                        depth--;
                        if (depth == 0)
                        {
                            break;
                        }
                    }
                    j++;
                }
                if (j >= n)
                {
                    throw Err.Value(depth > 0 && fmtText.IndexOf('}', i) < 0 ? "Single '{' encountered in format string" : "expected '}' before end of string");
                }
                string field = fmtText.Substring(i + 1, j - i - 1);
                i = j + 1;
                string spec = "";
                char conv = '\0';
                int colon = -1;
                int bracket = 0;
                for (int k = 0; k < field.Length; k++)
                {
                    if (field[k] == '[')
                    {
                        bracket++;
                    }
                    else if (field[k] == ']')
                    {
                        bracket--;
                    }
                    else if (field[k] == ':' && bracket == 0)
                    {
                        colon = k;
                        break;
                    }
                }
                if (colon >= 0)
                {
                    spec = field.Substring(colon + 1);
                    field = field.Substring(0, colon);
                }
                int bang = field.IndexOf('!');
                if (bang >= 0)
                {
                    if (bang + 2 != field.Length)
                    {
                        throw Err.Value("expected ':' after conversion specifier");
                    }
                    conv = field[bang + 1];
                    field = field.Substring(0, bang);
                }
                object v = LookupField(field, pos, kw, ref auto);
                if (spec.IndexOf('{') >= 0)
                {
                    spec = StrFormat(spec, pos, kw, ref auto);
                }
                if (conv == 'r' || conv == 'a')
                {
                    v = Repr(v);
                }
                else if (conv == 's')
                {
                    v = Str(v);
                }
                else if (conv != '\0')
                {
                    throw Err.Value("Unknown conversion specifier " + CharToStr(conv));
                }
                sb.Append(Format(v, spec));
            }
            return sb.ToString();
        }

        private static object LookupField(string field, object[] pos, PyDict kw, ref int auto)
        {
            int k = 0;
            while (k < field.Length && field[k] != '.' && field[k] != '[')
            {
                k++;
            }
            string first = field.Substring(0, k);
            object v;
            if (first.Length == 0)
            {
                if (auto < 0)
                {
                    throw Err.Value("cannot switch from manual field specification to automatic field numbering");
                }
                if (auto >= pos.Length)
                {
                    throw Err.Index("Replacement index " + IntToString(auto) + " out of range for positional args tuple");
                }
                v = pos[auto++];
            }
            else if (first[0] >= '0' && first[0] <= '9')
            {
                if (auto > 0)
                {
                    throw Err.Value("cannot switch from automatic field numbering to manual field specification");
                }
                auto = -1;
                int idx = (int)ToLong(IntOps.ParseInt(first, 10));
                if (idx >= pos.Length)
                {
                    throw Err.Index("Replacement index " + IntToString(idx) + " out of range for positional args tuple");
                }
                v = pos[idx];
            }
            else
            {
                v = kw.GetStr(first);
                if (v == null)
                {
                    throw Err.Key(first);
                }
            }
            while (k < field.Length)
            {
                if (field[k] == '.')
                {
                    int e = k + 1;
                    while (e < field.Length && field[e] != '.' && field[e] != '[')
                    {
                        e++;
                    }
                    v = GetAttr(v, field.Substring(k + 1, e - k - 1));
                    k = e;
                }
                else
                {
                    int e = field.IndexOf(']', k);
                    if (e < 0)
                    {
                        throw Err.Value("Missing ']' in format string");
                    }
                    string key = field.Substring(k + 1, e - k - 1);
                    bool digits = key.Length > 0;
                    for (int d = 0; d < key.Length; d++)
                    {
                        if (key[d] < '0' || key[d] > '9')
                        {
                            digits = false;
                        }
                    }
                    v = GetItem(v, digits ? IntOps.ParseInt(key, 10) : (object)key);
                    k = e + 1;
                }
            }
            return v;
        }

        /// <summary>fmt % args for str.</summary>
        public static string PercentFormat(string fmtText, object args)
        {
#if NANOFRAMEWORK_1_0
            char[] fmt = fmtText.ToCharArray(); // nanoCLR strings are UTF-8: fmt[i] would walk the string
#else
            string fmt = fmtText;
#endif
            // A single non-tuple argument and the text buffer come from one-entry pools (taken while in use, so
            // a nested format through __str__ gets its own).
            object[] one = null;
            StrBuf sb = s_fmtBuf;
            s_fmtBuf = null;
            if (sb == null)
            {
                sb = new StrBuf(fmt.Length + 16);
            }
            sb.Clear();
            object[] items;
            PyTuple t = args as PyTuple;
            PyDict mapping = null;
            if (t != null)
            {
                items = t.Items;
            }
            else
            {
                one = s_fmtOne;
                s_fmtOne = null;
                if (one == null)
                {
                    one = new object[1];
                }
                one[0] = args;
                items = one;
                PyObject po = args as PyObject;
                if (po != null && !(args is PyTuple) && !(args is string) && (args is PyDict || (po is PyInstance && po.Type.Lookup("__getitem__") != null)))
                {
                    mapping = NativeSelf(args) as PyDict;
                }
            }
            int ai = 0;
            bool usedMapping = false;
            int n = fmt.Length;
            int i = 0;
            while (i < n)
            {
                if (fmt[i] != '%')
                {
                    int lit = i;
                    while (i < n && fmt[i] != '%')
                    {
                        i++;
                    }
                    sb.Append(fmt, lit, i - lit);
                    continue;
                }
                i++;
                if (i >= n)
                {
                    throw Err.Value("incomplete format");
                }
                object mapped = null;
                if (fmt[i] == '(')
                {
                    int close = fmtText.IndexOf(')', i);
                    if (close < 0)
                    {
                        throw Err.Value("incomplete format key");
                    }
                    if (mapping == null && !(args is PyDict))
                    {
                        throw Err.Type("format requires a mapping");
                    }
                    mapped = GetItem(args, fmtText.Substring(i + 1, close - i - 1));
                    usedMapping = true;
                    i = close + 1;
                }
                bool left = false;
                bool plus = false;
                bool space = false;
                bool alt = false;
                bool zero = false;
                while (i < n)
                {
                    char f = fmt[i];
                    if (f == '-')
                    {
                        left = true;
                    }
                    else if (f == '+')
                    {
                        plus = true;
                    }
                    else if (f == ' ')
                    {
                        space = true;
                    }
                    else if (f == '#')
                    {
                        alt = true;
                    }
                    else if (f == '0')
                    {
                        zero = true;
                    }
                    else
                    {
                        break;
                    }
                    i++;
                }
                int width = -1;
                if (i < n && fmt[i] == '*')
                {
                    width = (int)ToLong(NextArg(items, ref ai));
                    if (width < 0)
                    {
                        left = true;
                        width = -width;
                    }
                    i++;
                }
                else
                {
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9')
                    {
                        width = (width < 0 ? 0 : width * 10) + (fmt[i] - '0');
                        i++;
                    }
                }
                int prec = -1;
                if (i < n && fmt[i] == '.')
                {
                    i++;
                    prec = 0;
                    if (i < n && fmt[i] == '*')
                    {
                        prec = (int)ToLong(NextArg(items, ref ai));
                        i++;
                    }
                    else
                    {
                        while (i < n && fmt[i] >= '0' && fmt[i] <= '9')
                        {
                            prec = prec * 10 + (fmt[i] - '0');
                            i++;
                        }
                    }
                }
                if (i >= n)
                {
                    throw Err.Value("incomplete format");
                }
                char conv = fmt[i++];
                if (conv == '%' && fmt[i - 2] == '%')
                {
                    // '%%' alone; with flags, width or precision it takes an argument and is unsupported (CPython).
                    sb.Append('%');
                    continue;
                }
                object v = mapped ?? NextArg(items, ref ai);
                if ((conv == 'd' || conv == 'i') && width < 0 && prec < 0 && !plus && !space)
                {
                    PyInt pv = v as PyInt;
                    if (pv != null)
                    {
                        AppendLong(sb, pv.Value);
                        continue;
                    }
                }
                string body;
                bool numeric = false;
                switch (conv)
                {
                    case 's':
                        body = Str(v);
                        if (prec >= 0 && body.Length > prec)
                        {
                            body = body.Substring(0, prec);
                        }
                        break;
                    case 'r':
                    case 'a':
                        body = Repr(v);
                        if (prec >= 0 && body.Length > prec)
                        {
                            body = body.Substring(0, prec);
                        }
                        break;
                    case 'c':
                        {
                            string cs = v is BytesFormatArg ? ((PyObject)v).Str() : v as string;
                            if (cs != null)
                            {
                                if (cs.Length != 1)
                                {
                                    throw Err.Type("%c requires int or char");
                                }
                                body = cs;
                            }
                            else if (IntOps.IsInt(v))
                            {
                                long code = v is PyBigInt ? -1 : ToLong(v);
                                if (code < 0 || code > 0x10FFFF)
                                {
                                    throw Err.Overflow("%c arg not in range(0x110000)");
                                }
                                body = CharToStr((char)code);
                            }
                            else
                            {
                                throw Err.Type("%c requires int or char");
                            }
                            break;
                        }
                    case 'd':
                    case 'i':
                    case 'u':
                    case 'x':
                    case 'X':
                    case 'o':
                        {
                            numeric = true;
                            object iv = v;
                            if (v is PyFloat)
                            {
                                if (conv == 'x' || conv == 'X' || conv == 'o')
                                {
                                    throw Err.Type("%" + CharToStr(conv) + " format: an integer is required, not float");
                                }
                                iv = Numbers.FloatToInt(((PyFloat)v).Value);
                            }
                            else if (!IntOps.IsInt(v))
                            {
                                PyInstance pi = v as PyInstance;
                                if (pi != null && (pi.Type.Lookup("__int__") != null || pi.Type.Lookup("__index__") != null))
                                {
                                    iv = Ops.Call1(PyInt.TypeObject, v);
                                }
                                else
                                {
                                    throw Err.Type("%" + CharToStr(conv) + " format: " + (conv == 'x' || conv == 'X' || conv == 'o' ? "an integer" : "a real number") + " is required, not " + TypeName(v));
                                }
                            }
                            int radix = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
                            string digits = Numbers.ToBase(iv, radix, "");
                            bool neg = digits[0] == '-';
                            if (neg)
                            {
                                digits = digits.Substring(1);
                            }
                            if (prec >= 0 && digits.Length < prec)
                            {
                                digits = new string('0', prec - digits.Length) + digits;
                            }
                            if (alt && radix != 10)
                            {
                                digits = (radix == 16 ? "0x" : "0o") + digits;
                            }
                            if (conv == 'X')
                            {
                                digits = digits.ToUpper();
                            }
                            body = (neg ? "-" : plus ? "+" : space ? " " : "") + digits;
                            break;
                        }
                    case 'e':
                    case 'E':
                    case 'f':
                    case 'F':
                    case 'g':
                    case 'G':
                        {
                            numeric = true;
                            if (!(v is PyFloat) && !IntOps.IsInt(v))
                            {
                                throw Err.Type("must be real number, not " + TypeName(v));
                            }
                            double d = ToDouble(v);
                            body = FloatFormat.Format(d, conv, prec, alt);
                            if (body[0] != '-')
                            {
                                body = (plus ? "+" : space ? " " : "") + body;
                            }
                            break;
                        }
                    default:
                        throw Err.Value("unsupported format character '" + CharToStr(conv) + "' (0x" + Numbers.ToBase(PyInt.Create(conv), 16, "") + ") at index " + IntToString(i - 1));
                }
                if (width > body.Length)
                {
                    int pad = width - body.Length;
                    if (left)
                    {
                        body = body + new string(' ', pad);
                    }
                    else if (zero && numeric)
                    {
                        int signLen = body.Length > 0 && (body[0] == '-' || body[0] == '+' || body[0] == ' ') ? 1 : 0;
                        if (body.Length > signLen + 1 && body[signLen] == '0' && (body[signLen + 1] == 'x' || body[signLen + 1] == 'X' || body[signLen + 1] == 'o'))
                        {
                            signLen += 2;
                        }
                        body = body.Substring(0, signLen) + new string('0', pad) + body.Substring(signLen);
                    }
                    else
                    {
                        body = new string(' ', pad) + body;
                    }
                }
                sb.Append(body);
            }
            if (!usedMapping && ai < items.Length && mapping == null)
            {
                throw Err.Type("not all arguments converted during string formatting");
            }
            string res = sb.ToString();
            if (sb.Length <= 256)
            {
                s_fmtBuf = sb;
            }
            if (one != null)
            {
                one[0] = null;
                s_fmtOne = one;
            }
            return res;
        }

        private static StrBuf s_fmtBuf;
        private static object[] s_fmtOne;

        /// <summary>Appends the decimal digits of v without allocating.</summary>
        public static void AppendLong(StrBuf sb, long v)
        {
            ulong u;
            if (v < 0)
            {
                sb.Append('-');
                u = (ulong)(-(v + 1)) + 1UL;
            }
            else
            {
                u = (ulong)v;
            }
            sb.AppendDecimal(u);
        }

        private static object NextArg(object[] items, ref int ai)
        {
            if (ai >= items.Length)
            {
                throw Err.Type("not enough arguments for format string");
            }
            return items[ai++];
        }
    }
}
