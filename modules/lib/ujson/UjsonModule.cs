using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>ujson: dumps/loads (and dump/load on streams) with CPython's text format.</summary>
    public sealed class UjsonModule : NativeModule
    {
        private static UjsonModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UjsonModule Instance
        {
            get { return s_instance ?? (s_instance = new UjsonModule()); }
        }

        private UjsonModule() : base("ujson", new string[] { "dumps", "loads", "dump", "load" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Dumps = 0;
            public const int Loads = 1;
            public const int Dump = 2;
            public const int Load = 3;
        }

        public override int Kind(int id)
        {
            return MemberStatic;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.Dumps:
                    {
                        if (argc != 1)
                        {
                            throw Err.Type("dumps() takes 1 positional argument");
                        }
                        StrBuf sb = new StrBuf();
                        Dump(args[0], sb, 0);
                        return sb.ToString();
                    }
                case Id.Loads:
                    {
                        Ops.CheckArgs("loads", argc, kwc, 1, 1);
                        string s = args[0] as string;
                        if (s == null)
                        {
                            s = Utf8.Decode(BytesOps.ToBytes(args[0]));
                        }
                        return Parse(s);
                    }
                case Id.Dump:
                    {
                        Ops.CheckArgs("dump", argc, kwc, 2, 2);
                        StrBuf sb = new StrBuf();
                        Dump(args[0], sb, 0);
                        Ops.CallMethod1(args[1], "write", sb.ToString());
                        return PyNone.None;
                    }
                default:
                    {
                        Ops.CheckArgs("load", argc, kwc, 1, 1);
                        object text = Ops.CallMethod0(args[0], "read");
                        string s = text as string ?? Utf8.Decode(BytesOps.ToBytes(text));
                        return Parse(s);
                    }
            }
        }

        private static void Dump(object o, StrBuf sb, int depth)
        {
            if (depth > 100)
            {
                throw Err.Value("Circular reference detected");
            }
            o = Ops.NativeSelf(o);
            if (o == PyNone.None)
            {
                sb.Append("null");
                return;
            }
            if (o == PyBool.True)
            {
                sb.Append("true");
                return;
            }
            if (o == PyBool.False)
            {
                sb.Append("false");
                return;
            }
            if (o is PyInt || o is PyBigInt)
            {
                sb.Append(Ops.Repr(o));
                return;
            }
            PyFloat f = o as PyFloat;
            if (f != null)
            {
                double d = f.Value;
                sb.Append(double.IsNaN(d) ? "NaN" : double.IsInfinity(d) ? (d > 0 ? "Infinity" : "-Infinity") : FloatFormat.Repr(d));
                return;
            }
            string s = o as string;
            if (s != null)
            {
                Str(s, sb);
                return;
            }
            PyBytes bytes = o as PyBytes;
            if (bytes != null)
            {
                // MicroPython 1.8.2 writes bytes as the JSON string of their (UTF-8) text, where CPython refuses.
                Str(Utf8.Decode(bytes.Data), sb);
                return;
            }
            PyDict dict = o as PyDict;
            if (dict != null)
            {
                sb.Append('{');
                bool first = true;
                for (int i = dict.NextEntry(-1); i >= 0; i = dict.NextEntry(i))
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }
                    first = false;
                    object k = dict.KeyAt(i);
                    string ks = k as string;
                    if (ks == null)
                    {
                        if (k is PyBool || k == PyNone.None)
                        {
                            ks = k == PyNone.None ? "null" : (k == PyBool.True ? "true" : "false");
                        }
                        else if (k is PyInt || k is PyBigInt || k is PyFloat)
                        {
                            ks = Ops.Repr(k);
                        }
                        else
                        {
                            throw Err.Type("keys must be str, int, float, bool or None, not " + Ops.TypeName(k));
                        }
                    }
                    Str(ks, sb);
                    sb.Append(": ");
                    Dump(dict.ValueAt(i), sb, depth + 1);
                }
                sb.Append('}');
                return;
            }
            if (o is PyList || o is PyTuple)
            {
                object[] items = Ops.ToArray(o);
                sb.Append('[');
                for (int i = 0; i < items.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    Dump(items[i], sb, depth + 1);
                }
                sb.Append(']');
                return;
            }
            throw Err.Type("Object of type " + Ops.TypeName(o) + " is not JSON serializable");
        }

        private static void Str(string str, StrBuf sb)
        {
            char[] s = str.ToCharArray();
            sb.Append('"');
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\f': sb.Append("\\f"); break;
                    default:
                        if (c < 0x20 || c > 0x7E)
                        {
                            sb.Append("\\u");
                            sb.Append(Ops.HexDigit(c >> 12)).Append(Ops.HexDigit((c >> 8) & 15)).Append(Ops.HexDigit((c >> 4) & 15)).Append(Ops.HexDigit(c & 15));
                        }
                        else
                        {
                            sb.Append(c);
                        }
                        break;
                }
            }
            sb.Append('"');
        }

        /// <summary>Parses over a char array: on nanoCLR strings are UTF-8 and s[i] walks the string from its start.</summary>
        private static object Parse(string text)
        {
            char[] s = text.ToCharArray();
            int pos = 0;
            Ws(s, ref pos);
            object v = Value(s, ref pos, 0);
            Ws(s, ref pos);
            if (pos != s.Length)
            {
                throw Bad(s, pos, "Extra data");
            }
            return v;
        }

        private static PyException Bad(char[] s, int pos, string what)
        {
            return Err.Value(what + ": char " + Ops.IntToString(pos));
        }

        private static void Ws(char[] s, ref int pos)
        {
            while (pos < s.Length && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r'))
            {
                pos++;
            }
        }

        private static bool Lit(char[] s, ref int pos, string word)
        {
            if (pos + word.Length > s.Length)
            {
                return false;
            }
            for (int i = 0; i < word.Length; i++)
            {
                if (s[pos + i] != word[i])
                {
                    return false;
                }
            }
            pos += word.Length;
            return true;
        }

        private static object Value(char[] s, ref int pos, int depth)
        {
            if (depth > 200)
            {
                throw Err.Value("syntax error in JSON: nesting too deep");
            }
            if (pos >= s.Length)
            {
                throw Bad(s, pos, "Expecting value");
            }
            char c = s[pos];
            if (c == '{')
            {
                pos++;
                PyDict d = new PyDict();
                Ws(s, ref pos);
                if (pos < s.Length && s[pos] == '}')
                {
                    pos++;
                    return d;
                }
                while (true)
                {
                    Ws(s, ref pos);
                    if (pos >= s.Length || s[pos] != '"')
                    {
                        throw Bad(s, pos, "Expecting property name enclosed in double quotes");
                    }
                    string k = StrLit(s, ref pos);
                    Ws(s, ref pos);
                    if (pos >= s.Length || s[pos] != ':')
                    {
                        throw Bad(s, pos, "Expecting ':' delimiter");
                    }
                    pos++;
                    Ws(s, ref pos);
                    d.Set(k, Value(s, ref pos, depth + 1));
                    Ws(s, ref pos);
                    if (pos < s.Length && s[pos] == ',')
                    {
                        pos++;
                        continue;
                    }
                    if (pos < s.Length && s[pos] == '}')
                    {
                        pos++;
                        return d;
                    }
                    throw Bad(s, pos, "Expecting ',' delimiter");
                }
            }
            if (c == '[')
            {
                pos++;
                PyList l = new PyList();
                Ws(s, ref pos);
                if (pos < s.Length && s[pos] == ']')
                {
                    pos++;
                    return l;
                }
                while (true)
                {
                    Ws(s, ref pos);
                    l.Append(Value(s, ref pos, depth + 1));
                    Ws(s, ref pos);
                    if (pos < s.Length && s[pos] == ',')
                    {
                        pos++;
                        continue;
                    }
                    if (pos < s.Length && s[pos] == ']')
                    {
                        pos++;
                        return l;
                    }
                    throw Bad(s, pos, "Expecting ',' delimiter");
                }
            }
            if (c == '"')
            {
                return StrLit(s, ref pos);
            }
            if (Lit(s, ref pos, "true"))
            {
                return PyBool.True;
            }
            if (Lit(s, ref pos, "false"))
            {
                return PyBool.False;
            }
            if (Lit(s, ref pos, "null"))
            {
                return PyNone.None;
            }
            if (Lit(s, ref pos, "NaN"))
            {
                return new PyFloat(double.NaN);
            }
            if (Lit(s, ref pos, "Infinity"))
            {
                return new PyFloat(double.PositiveInfinity);
            }
            if (Lit(s, ref pos, "-Infinity"))
            {
                return new PyFloat(double.NegativeInfinity);
            }
            int start = pos;
            if (pos < s.Length && s[pos] == '-')
            {
                pos++;
            }
            bool isFloat = false;
            int digits = 0;
            while (pos < s.Length)
            {
                char d = s[pos];
                if (d >= '0' && d <= '9')
                {
                    digits++;
                }
                else if (d == '.' || d == 'e' || d == 'E' || ((d == '+' || d == '-') && (s[pos - 1] == 'e' || s[pos - 1] == 'E')))
                {
                    isFloat = true;
                }
                else
                {
                    break;
                }
                pos++;
            }
            if (digits == 0)
            {
                throw Bad(s, start, "Expecting value");
            }
            string num = new string(s, start, pos - start);
            if (isFloat)
            {
                double v;
                if (!Numbers.TryParseFloat(num, 0, num.Length, out v))
                {
                    throw Bad(s, start, "Expecting value");
                }
                return new PyFloat(v);
            }
            return IntOps.ParseInt(num, 10);
        }

        private static string StrLit(char[] s, ref int pos)
        {
            int start = pos;
            pos++;
            StrBuf sb = new StrBuf();
            while (true)
            {
                if (pos >= s.Length)
                {
                    throw Bad(s, start, "Unterminated string starting at");
                }
                char c = s[pos++];
                if (c == '"')
                {
                    return sb.ToString();
                }
                if (c != '\\')
                {
                    if (c < 0x20)
                    {
                        throw Bad(s, pos - 1, "Invalid control character at");
                    }
                    sb.Append(c);
                    continue;
                }
                if (pos >= s.Length)
                {
                    throw Bad(s, start, "Unterminated string starting at");
                }
                char e = s[pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        {
                            if (pos + 4 > s.Length)
                            {
                                throw Bad(s, pos, "Invalid \\uXXXX escape");
                            }
                            int v = 0;
                            for (int k = 0; k < 4; k++)
                            {
                                int dv = Numbers.DigitValue(s[pos + k]);
                                if (dv < 0 || dv > 15)
                                {
                                    throw Bad(s, pos, "Invalid \\uXXXX escape");
                                }
                                v = v * 16 + dv;
                            }
                            pos += 4;
                            sb.Append((char)v);
                            break;
                        }
                    default:
                        throw Bad(s, pos - 1, "Invalid \\escape");
                }
            }
        }
    }
}
