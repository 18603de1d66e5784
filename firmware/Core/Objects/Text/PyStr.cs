namespace MicroPy.Objects
{
    /// <summary>
    /// str is a plain C# string. This class is its type object and the operations on it.
    /// Ops dispatches to these for any string operand.
    /// </summary>
    public static class PyStr
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("str", TypeTables.Str, null)); }
        }

        /// <summary>Python hash of a str (deterministic, same on every platform).</summary>
        /// <summary>Python's str.isspace for one character.</summary>
        public static bool IsSpace(char c)
        {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f') || c == '\x85' || c == '\xa0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f'
                || c == '\u205f' || c == '\u3000';
        }

        public static int Hash(string s)
        {
            int h = 5381;
#if NANOFRAMEWORK_1_0
            // nanoCLR strings are UTF-8: s[i] and s.Length each walk the string.
            char[] c = s.ToCharArray();
            for (int i = 0; i < c.Length; i++)
            {
                h = (h * 33) ^ c[i];
            }
#else
            for (int i = 0; i < s.Length; i++)
            {
                h = (h * 33) ^ s[i];
            }
#endif
            return h;
        }

        public static string Repr(string s)
        {
            char[] cs = s.ToCharArray();
            int len = cs.Length;
            StrBuf sb = new StrBuf(len + 2);
            char q = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
            sb.Append(q);
            for (int i = 0; i < len; i++)
            {
                char c = cs[i];
                if (c == q || c == '\\')
                {
                    sb.Append('\\');
                    sb.Append(c);
                }
                else if (c == '\n')
                {
                    sb.Append("\\n");
                }
                else if (c == '\r')
                {
                    sb.Append("\\r");
                }
                else if (c == '\t')
                {
                    sb.Append("\\t");
                }
                else if (c < 32 || (c >= 127 && c <= 0xA0) || c == 0xAD)
                {
                    sb.Append("\\x");
                    sb.Append(Ops.HexDigit(c >> 4));
                    sb.Append(Ops.HexDigit(c & 15));
                }
                else if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F)
                    || c == 0x3000 || c == 0xFEFF || (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFE || c == 0xFFFF
                    || ((c >= 0xD800 && c <= 0xDFFF) && !(c < 0xDC00 && i + 1 < len && cs[i + 1] >= 0xDC00 && cs[i + 1] <= 0xDFFF)
                        && !(c >= 0xDC00 && i > 0 && cs[i - 1] >= 0xD800 && cs[i - 1] < 0xDC00)))
                {
                    sb.Append("\\u");
                    sb.Append(Ops.HexDigit(c >> 12));
                    sb.Append(Ops.HexDigit((c >> 8) & 15));
                    sb.Append(Ops.HexDigit((c >> 4) & 15));
                    sb.Append(Ops.HexDigit(c & 15));
                }
                else
                {
                    sb.Append(c);
                }
            }
            sb.Append(q);
            return sb.ToString();
        }

        /// <summary>a + b; a long result is asked of the heap first.</summary>
        public static string Concat(string a, string b)
        {
            if (a.Length + (long)b.Length >= 2048)
            {
                Err.Reserve(a.Length + (long)b.Length, 2);
            }
            return string.Concat(a, b);
        }

        /// <summary>s (op) other; Ops.NotImplemented if unsupported.</summary>
        public static object BinaryOp(int op, string s, object other)
        {
            if (op == PyOp.Add)
            {
                string o = Ops.NativeSelf(other) as string;
                if (o != null)
                {
                    return Concat(s, o);
                }
                throw Err.Type("can only concatenate str (not \"" + Ops.TypeName(other) + "\") to str");
            }
            if (op == PyOp.Mul && IntOps.IsInt(other))
            {
                return Repeat(s, Ops.ToLong(other));
            }
            if (op == PyOp.Mod)
            {
                return Ops.PercentFormat(s, other);
            }
            return Ops.NotImplemented;
        }

        public static string Repeat(string s, long n)
        {
            if (n <= 0 || s.Length == 0)
            {
                return "";
            }
            if (n > long.MaxValue / s.Length)
            {
                throw Err.Overflow("repeated string is too long");
            }
            if (n > int.MaxValue / s.Length)
            {
                throw Err.Memory("repeated string too long");
            }
            Err.Reserve(n * s.Length, 2);
            char[] src = s.ToCharArray();
            int len = src.Length;
            char[] c = new char[len * n];
            for (int p = 0; p < c.Length; p += len)
            {
                System.Array.Copy(src, 0, c, p, len);
            }
            return new string(c);
        }

        /// <summary>other (op) s; Ops.NotImplemented if unsupported (e.g. 3 * 'ab').</summary>
        public static object ReflectedOp(int op, string s, object other)
        {
            if (op == PyOp.Mul && IntOps.IsInt(other))
            {
                return Repeat(s, Ops.ToLong(other));
            }
            return Ops.NotImplemented;
        }

        public static object Compare(int op, string s, object other)
        {
            string o = other as string;
            if (o == null)
            {
                return Ops.NotImplemented;
            }
            int c = Ops.CompareStr(s, o);
            switch (op)
            {
                case PyOp.Lt: return PyBool.From(c < 0);
                case PyOp.Le: return PyBool.From(c <= 0);
                case PyOp.Eq: return PyBool.From(c == 0);
                case PyOp.Ne: return PyBool.From(c != 0);
                case PyOp.Gt: return PyBool.From(c > 0);
                case PyOp.Ge: return PyBool.From(c >= 0);
            }
            return Ops.NotImplemented;
        }

        public static object GetItem(string s, object key)
        {
#if NANOFRAMEWORK_1_0
            // nanoCLR strings are UTF-8 (s[i], Length and Substring walk the string): a Python loop indexing one
            // string would be quadratic, so index the chars of the last string indexed.
            char[] cs = CharsOf(s);
#else
            string cs = s;
#endif
            int len = cs.Length;
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                int start;
                int stop;
                int step;
                int n = Ops.SliceIndices(sl, len, out start, out stop, out step);
                if (step == 1)
                {
#if NANOFRAMEWORK_1_0
                    return n == len ? s : new string(cs, start, n);
#else
                    return s.Substring(start, n);
#endif
                }
                char[] c = new char[n];
                for (int k = 0, j = start; k < n; k++, j += step)
                {
                    c[k] = cs[j];
                }
                return new string(c);
            }
            return Ops.CharToStr(cs[Ops.SeqIndex(key, len, "string index out of range")]);
        }

#if NANOFRAMEWORK_1_0
        private sealed class CharsCache
        {
            public string Str;
            public char[] Chars;
        }

        private static CharsCache s_chars;

        /// <summary>The chars of s, shared with the previous call for the same string: callers must not write them.</summary>
        private static char[] CharsOf(string s)
        {
            CharsCache c = s_chars;
            if (c != null && (object)c.Str == (object)s)
            {
                return c.Chars;
            }
            c = new CharsCache();
            c.Str = s;
            c.Chars = s.ToCharArray();
            s_chars = c;
            return c.Chars;
        }
#endif

        public static bool Contains(string s, object item)
        {
            string o = item as string;
            if (o == null)
            {
                throw Err.Type("'in <string>' requires string as left operand, not " + Ops.TypeName(item));
            }
            return Find(s, o, 0, s.Length) >= 0;
        }

        /// <summary>
        /// First index of sub in s[start:end] (clamped), or -1; an empty sub is found at start. Hand-written because
        /// nanoCLR's String.IndexOf(string...) throws ArgumentOutOfRangeException for an empty sub.
        /// </summary>
        public static int Find(string s, string sub, int start, int end)
        {
            if (start < 0)
            {
                start = 0;
            }
            int len = s.Length;
            if (end > len)
            {
                end = len;
            }
            if (end - start < sub.Length)
            {
                return -1;
            }
#if NANOFRAMEWORK_1_0
            // nanoCLR strings are UTF-8 (s[i] walks the string): search the chars.
            return Find(s.ToCharArray(), sub.ToCharArray(), start, end);
#else
            return s.IndexOf(sub, start, end - start, System.StringComparison.Ordinal);
#endif
        }

        /// <summary>First index of sub in s[start:end] (already clamped), or -1.</summary>
        public static int Find(char[] s, char[] sub, int start, int end)
        {
            int n = sub.Length;
            if (n == 0)
            {
                return start <= end ? start : -1;
            }
            char first = sub[0];
            for (int i = start; i <= end - n; i++)
            {
                if (s[i] != first)
                {
                    continue;
                }
                int k = 1;
                while (k < n && s[i + k] == sub[k])
                {
                    k++;
                }
                if (k == n)
                {
                    return i;
                }
            }
            return -1;
        }

        public static object Iter(string s)
        {
            return new PyStrIterator(s);
        }
    }
}
