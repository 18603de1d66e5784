using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Types
{
    /// <summary>str methods and the str constructor.</summary>
    public sealed class StrTable : NativeTable
    {
        private static StrTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static StrTable Instance
        {
            get { return s_instance ?? (s_instance = new StrTable()); }
        }

        private StrTable() : base(new string[]
        {
            "capitalize", "center", "count", "endswith", "find", "format", "index", "isalpha", "isdigit", "islower",
            "isspace", "isupper", "isalnum", "join", "ljust", "lower", "lstrip", "partition", "replace", "rfind",
            "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
            "swapcase", "title", "upper", "zfill", "encode", "casefold", "isidentifier", "istitle", "isnumeric",
            "isdecimal", "__len__", "__contains__", "__getitem__", "__add__", "__mod__", "expandtabs",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Capitalize = 0;
            public const int Center = 1;
            public const int Count = 2;
            public const int EndsWith = 3;
            public const int Find = 4;
            public const int Format = 5;
            public const int Index = 6;
            public const int IsAlpha = 7;
            public const int IsDigit = 8;
            public const int IsLower = 9;
            public const int IsSpace = 10;
            public const int IsUpper = 11;
            public const int IsAlnum = 12;
            public const int Join = 13;
            public const int LJust = 14;
            public const int Lower = 15;
            public const int LStrip = 16;
            public const int Partition = 17;
            public const int Replace = 18;
            public const int RFind = 19;
            public const int RIndex = 20;
            public const int RJust = 21;
            public const int RPartition = 22;
            public const int RSplit = 23;
            public const int RStrip = 24;
            public const int Split = 25;
            public const int SplitLines = 26;
            public const int StartsWith = 27;
            public const int Strip = 28;
            public const int SwapCase = 29;
            public const int Title = 30;
            public const int Upper = 31;
            public const int ZFill = 32;
            public const int Encode = 33;
            public const int CaseFold = 34;
            public const int IsIdentifier = 35;
            public const int IsTitle = 36;
            public const int IsNumeric = 37;
            public const int IsDecimal = 38;
            public const int Len = 39;
            public const int Contains = 40;
            public const int GetItem = 41;
            public const int Add = 42;
            public const int Mod = 43;
            public const int ExpandTabs = 44;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            object v;
            if (argc == 0 && kwc == 0)
            {
                v = "";
            }
            else
            {
                object o = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "object");
                object enc = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "encoding");
                object errors = argc > 2 ? args[2] : Ops.KwArg(args, argc, kwc, "errors");
                if (argc > 3)
                {
                    throw Err.Type("str() takes at most 3 arguments");
                }
                if (enc != null || errors != null)
                {
                    byte[] data = o is PyBytes || o is PyByteArray || o is PyMemoryView ? Buffers.BytesOf(o) : null;
                    if (data == null)
                    {
                        throw Err.Type("decoding str is not supported");
                    }
                    int codec = enc == null ? 0 : Utf8.Codec(Ops.Str(enc));
                    v = Utf8.DecodeAs(codec, data, data.Length);
                }
                else
                {
                    v = Ops.Str(o);
                }
            }
            if (cls != PyStr.TypeObject)
            {
                PyInstance inst = Ops.CreateInstance(cls, args, 0, 0) as PyInstance;
                if (inst != null)
                {
                    inst.Native = v;
                    return inst;
                }
            }
            return v;
        }

        private static string Arg(object o, string method)
        {
            string s = Ops.NativeSelf(o) as string;
            if (s == null)
            {
                throw Err.Type("must be str, not " + Ops.TypeName(o));
            }
            return s;
        }

        private static void Range(object[] args, int argc, int first, int len, out int start, out int end)
        {
            start = 0;
            end = len;
            if (argc > first && args[first] != PyNone.None)
            {
                // A start past the end stays past it (len + 1): nothing matches there, not even ''.
                int v = Ops.ClampIndex(args[first]);
                start = v > len ? len + 1 : Clamp(v, len);
            }
            if (argc > first + 1 && args[first + 1] != PyNone.None)
            {
                end = Clamp(Ops.ClampIndex(args[first + 1]), len);
            }
        }

        private static int Clamp(int i, int len)
        {
            if (i < 0)
            {
                i += len;
                if (i < 0)
                {
                    i = 0;
                }
            }
            return i > len ? len : i;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            string s = Ops.NativeSelf(args[0]) as string;
            if (s == null)
            {
                throw Err.Type("descriptor '" + Names[id] + "' requires a 'str' object but received a '" + Ops.TypeName(args[0]) + "'");
            }
            string name = Names[id];
            if (id != Id.Format && id != Id.Split && id != Id.RSplit && id != Id.SplitLines && id != Id.Encode && kwc > 0)
            {
                throw Err.Type(name + "() takes no keyword arguments");
            }
            if (id == Id.Capitalize || (id >= Id.IsAlpha && id <= Id.IsAlnum) || id == Id.Lower || id == Id.SwapCase || id == Id.Title
                || id == Id.Upper || (id >= Id.CaseFold && id <= Id.IsDecimal))
            {
                Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
            }
            switch (id)
            {
                case Id.Capitalize:
                    return s.Length == 0 ? s : Upper(s.Substring(0, 1)) + Lower(s.Substring(1));
                case Id.Center:
                case Id.LJust:
                case Id.RJust:
                    {
                        Ops.CheckArgs(name, argc - 1, 0, 1, 2);
                        int width = Ops.ToIndex(args[1]);
                        char fill = ' ';
                        if (argc > 2)
                        {
                            string f = Arg(args[2], name);
                            if (f.Length != 1)
                            {
                                throw Err.Type("The fill character must be exactly one character long");
                            }
                            fill = f[0];
                        }
                        int pad = width - s.Length;
                        if (pad <= 0)
                        {
                            return s;
                        }
                        if (id == Id.LJust)
                        {
                            return s + new string(fill, pad);
                        }
                        if (id == Id.RJust)
                        {
                            return new string(fill, pad) + s;
                        }
                        int left = pad / 2 + (pad & width & 1);
                        return new string(fill, left) + s + new string(fill, pad - left);
                    }
                case Id.Count:
                    {
                        Ops.CheckArgs(name, argc - 1, 0, 1, 3);
                        string sub = Arg(args[1], name);
                        int start;
                        int end;
                        Range(args, argc, 2, s.Length, out start, out end);
                        if (end < start)
                        {
                            return PyInt.Create(0);
                        }
                        if (sub.Length == 0)
                        {
                            return PyInt.Create(end - start + 1);
                        }
#if !NANOFRAMEWORK_1_0
                        if (sub.Length == 1)
                        {
                            return PyInt.Create(System.MemoryExtensions.Count(System.MemoryExtensions.AsSpan(s, start, end - start), sub[0]));
                        }
                        return PyInt.Create(System.MemoryExtensions.Count(System.MemoryExtensions.AsSpan(s, start, end - start), System.MemoryExtensions.AsSpan(sub)));
#else
                        int n = 0;
                        int i = start;
                        char[] cs = s.ToCharArray();
                        char[] subc = sub.ToCharArray();
                        while (i <= end - sub.Length)
                        {
                            int j = PyStr.Find(cs, subc, i, end);
                            if (j < 0)
                            {
                                break;
                            }
                            n++;
                            i = j + sub.Length;
                        }
                        return PyInt.Create(n);
#endif
                    }
                case Id.EndsWith:
                case Id.StartsWith:
                    {
                        Ops.CheckArgs(name, argc - 1, 0, 1, 3);
                        int start;
                        int end;
                        Range(args, argc, 2, s.Length, out start, out end);
                        PyTuple t = args[1] as PyTuple;
                        if (t != null)
                        {
                            for (int k = 0; k < t.Items.Length; k++)
                            {
                                if (Affix(s, Arg(t.Items[k], name), start, end, id == Id.StartsWith))
                                {
                                    return PyBool.True;
                                }
                            }
                            return PyBool.False;
                        }
                        if (!(args[1] is string))
                        {
                            throw Err.Type(name + " first arg must be str or a tuple of str, not " + Ops.TypeName(args[1]));
                        }
                        return PyBool.From(Affix(s, (string)args[1], start, end, id == Id.StartsWith));
                    }
                case Id.Find:
                case Id.Index:
                case Id.RFind:
                case Id.RIndex:
                    {
                        Ops.CheckArgs(name, argc - 1, 0, 1, 3);
                        string sub = Arg(args[1], name);
                        int start;
                        int end;
                        Range(args, argc, 2, s.Length, out start, out end);
                        int r = -1;
                        if (end >= start && end - start >= sub.Length)
                        {
                            r = id == Id.Find || id == Id.Index ? PyStr.Find(s, sub, start, end) : LastIndex(s.ToCharArray(), sub.ToCharArray(), start, end);
                        }
                        if (r < 0 && (id == Id.Index || id == Id.RIndex))
                        {
                            throw Err.Value("substring not found");
                        }
                        return PyInt.Create(r);
                    }
                case Id.Format:
                    {
                        object[] pos = new object[argc - 1];
                        System.Array.Copy(args, 1, pos, 0, argc - 1);
                        PyDict kw = new PyDict();
                        for (int k = 0; k < kwc; k++)
                        {
                            kw.Set(args[argc + 2 * k], args[argc + 2 * k + 1]);
                        }
                        return Ops.StrFormat(s, pos, kw);
                    }
                case Id.IsAlpha:
                    return Test(s, 0);
                case Id.IsDigit:
                case Id.IsNumeric:
                case Id.IsDecimal:
                    return Test(s, 1);
                case Id.IsLower:
                    return Case(s, false);
                case Id.IsSpace:
                    return Test(s, 2);
                case Id.IsUpper:
                    return Case(s, true);
                case Id.IsAlnum:
                    return Test(s, 3);
                case Id.Join:
                    return Join(s, args[1]);
                case Id.Lower:
                case Id.CaseFold:
                    return Lower(s);
                case Id.LStrip:
                case Id.RStrip:
                case Id.Strip:
                    {
                        Ops.CheckArgs(name, argc - 1, 0, 0, 1);
                        string chars = argc > 1 && args[1] != PyNone.None ? Arg(args[1], name) : null;
                        int a = 0;
                        int b = s.Length;
                        if (id != Id.RStrip)
                        {
                            while (a < b && Strippable(s[a], chars))
                            {
                                a++;
                            }
                        }
                        if (id != Id.LStrip)
                        {
                            while (b > a && Strippable(s[b - 1], chars))
                            {
                                b--;
                            }
                        }
                        return s.Substring(a, b - a);
                    }
                case Id.Partition:
                case Id.RPartition:
                    {
                        Ops.CheckArgs(name, argc - 1, 0, 1, 1);
                        string sep = Arg(args[1], name);
                        if (sep.Length == 0)
                        {
                            throw Err.Value("empty separator");
                        }
                        int i = id == Id.Partition ? PyStr.Find(s, sep, 0, s.Length) : LastIndex(s.ToCharArray(), sep.ToCharArray(), 0, s.Length);
                        if (i < 0)
                        {
                            return id == Id.Partition ? new PyTuple(new object[] { s, "", "" }) : new PyTuple(new object[] { "", "", s });
                        }
                        return new PyTuple(new object[] { s.Substring(0, i), sep, s.Substring(i + sep.Length) });
                    }
                case Id.Replace:
                    {
                        Ops.CheckArgs(name, argc - 1, 0, 2, 3);
                        string old = Arg(args[1], name);
                        string neu = Arg(args[2], name);
                        long max = argc > 3 ? Ops.ToSize(args[3]) : -1;
                        return Replace(s, old, neu, max);
                    }
                case Id.RSplit:
                case Id.Split:
                    {
                        object sepv = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "sep");
                        object maxv = argc > 2 ? args[2] : Ops.KwArg(args, argc, kwc, "maxsplit");
                        string sep = sepv == null || sepv == PyNone.None ? null : Arg(sepv, name);
                        long max = maxv == null ? -1 : Ops.ToSize(maxv);
                        return id == Id.Split ? Split(s, sep, max) : RSplit(s, sep, max);
                    }
                case Id.SplitLines:
                    {
                        object kv = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "keepends");
                        return SplitLines(s, kv != null && Ops.IsTrue(kv));
                    }
                case Id.SwapCase:
                    {
                        char[] c = s.ToCharArray();
                        for (int i = 0; i < c.Length; i++)
                        {
                            char u = CharInfo.ToUpper(c[i]);
                            c[i] = u != c[i] ? u : CharInfo.ToLower(c[i]);
                        }
                        return new string(c);
                    }
                case Id.Title:
                    {
                        char[] c = s.ToCharArray();
                        bool prevCased = false;
                        for (int i = 0; i < c.Length; i++)
                        {
                            bool cased = CharInfo.IsUpper(c[i]) || CharInfo.IsLower(c[i]);
                            c[i] = prevCased ? CharInfo.ToLower(c[i]) : CharInfo.ToUpper(c[i]);
                            prevCased = cased;
                        }
                        return new string(c);
                    }
                case Id.Upper:
                    return Upper(s);
                case Id.ZFill:
                    {
                        Ops.CheckArgs(name, argc - 1, 0, 1, 1);
                        int width = Ops.ToIndex(args[1]);
                        if (s.Length >= width)
                        {
                            return s;
                        }
                        int pad = width - s.Length;
                        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
                        {
                            return s[0] + new string('0', pad) + s.Substring(1);
                        }
                        return new string('0', pad) + s;
                    }
                case Id.Encode:
                    {
                        object encv = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "encoding");
                        int codec = encv == null ? 0 : Utf8.Codec(Ops.Str(encv));
                        if (codec == 0)
                        {
                            return new PyBytes(Utf8.Encode(s));
                        }
                        byte[] r = new byte[s.Length];
                        for (int i = 0; i < s.Length; i++)
                        {
                            if (s[i] > (codec == 1 ? 0x7F : 0xFF))
                            {
                                throw Err.Make(PyExc.UnicodeEncodeError, "'" + (codec == 1 ? "ascii" : "latin-1") + "' codec can't encode character in position " + Ops.IntToString(i) + ": ordinal not in range(" + (codec == 1 ? "128" : "256") + ")");
                            }
                            r[i] = (byte)s[i];
                        }
                        return new PyBytes(r);
                    }
                case Id.IsIdentifier:
                    {
                        if (s.Length == 0 || !(CharInfo.IsIdStart(s[0])))
                        {
                            return PyBool.False;
                        }
                        for (int i = 1; i < s.Length; i++)
                        {
                            if (!CharInfo.IsIdChar(s[i]))
                            {
                                return PyBool.False;
                            }
                        }
                        return PyBool.True;
                    }
                case Id.IsTitle:
                    {
                        bool cased = false;
                        bool prevCased = false;
                        for (int i = 0; i < s.Length; i++)
                        {
                            char c = s[i];
                            if (CharInfo.IsUpper(c))
                            {
                                if (prevCased)
                                {
                                    return PyBool.False;
                                }
                                prevCased = true;
                                cased = true;
                            }
                            else if (CharInfo.IsLower(c))
                            {
                                if (!prevCased)
                                {
                                    return PyBool.False;
                                }
                                prevCased = true;
                                cased = true;
                            }
                            else
                            {
                                prevCased = false;
                            }
                        }
                        return PyBool.From(cased);
                    }
                case Id.Len:
                    return PyInt.Create(s.Length);
                case Id.Contains:
                    return PyBool.From(PyStr.Contains(s, args[1]));
                case Id.GetItem:
                    return PyStr.GetItem(s, args[1]);
                case Id.Add:
                    return PyStr.BinaryOp(PyOp.Add, s, args[1]);
                case Id.Mod:
                    return Ops.PercentFormat(s, args[1]);
                default:
                    {
                        int tab = argc > 1 ? Ops.ToIndex(args[1]) : 8;
                        StrBuf sb = new StrBuf();
                        int col = 0;
                        for (int i = 0; i < s.Length; i++)
                        {
                            char c = s[i];
                            if (c == '\t')
                            {
                                int n = tab > 0 ? tab - col % tab : 0;
                                sb.Append(' ', n);
                                col += n;
                            }
                            else
                            {
                                sb.Append(c);
                                col = c == '\n' || c == '\r' ? 0 : col + 1;
                            }
                        }
                        return sb.ToString();
                    }
            }
        }

        private static bool Affix(string s, string a, int start, int end, bool prefix)
        {
            if (end - start < a.Length)
            {
                return false;
            }
            int at = prefix ? start : end - a.Length;
            if (at < 0 || at + a.Length > s.Length)
            {
                return false;
            }
#if NANOFRAMEWORK_1_0
            return Matches(s.ToCharArray(at, a.Length), 0, a.ToCharArray());
#else
            return string.CompareOrdinal(s, at, a, 0, a.Length) == 0;
#endif
        }

        private static bool Matches(char[] s, int at, char[] a)
        {
            if (at < 0 || at + a.Length > s.Length)
            {
                return false;
            }
            for (int i = 0; i < a.Length; i++)
            {
                if (s[at + i] != a[i])
                {
                    return false;
                }
            }
            return true;
        }

        private static int LastIndex(char[] s, char[] sub, int start, int end)
        {
            for (int i = end - sub.Length; i >= start; i--)
            {
                if (Matches(s, i, sub))
                {
                    return i;
                }
            }
            return -1;
        }

        private static object Test(string s, int kind)
        {
            char[] cs = s.ToCharArray();
            if (cs.Length == 0)
            {
                return PyBool.False;
            }
            for (int i = 0; i < cs.Length; i++)
            {
                char c = cs[i];
                bool ok = kind == 0 ? CharInfo.IsAlpha(c) : kind == 1 ? CharInfo.IsDigit(c) : kind == 2 ? PyStr.IsSpace(c) : CharInfo.IsAlpha(c) || CharInfo.IsDigit(c);
                if (!ok)
                {
                    return PyBool.False;
                }
            }
            return PyBool.True;
        }

        private static object Case(string s, bool upper)
        {
            bool cased = false;
            char[] cs = s.ToCharArray();
            for (int i = 0; i < cs.Length; i++)
            {
                char c = cs[i];
                if (upper ? CharInfo.IsLower(c) : CharInfo.IsUpper(c))
                {
                    return PyBool.False;
                }
                if (upper ? CharInfo.IsUpper(c) : CharInfo.IsLower(c))
                {
                    cased = true;
                }
            }
            return PyBool.From(cased);
        }

        public static string Upper(string s)
        {
#if !NANOFRAMEWORK_1_0
            if (System.Text.Ascii.IsValid(s))
            {
                if (!System.MemoryExtensions.ContainsAnyInRange(System.MemoryExtensions.AsSpan(s), 'a', 'z'))
                {
                    return s;
                }
                return string.Create(s.Length, s, static (dst, src) => System.Text.Ascii.ToUpper(src, dst, out _));
            }
#endif
            char[] c = s.ToCharArray();
            bool changed = false;
            for (int i = 0; i < c.Length; i++)
            {
                // ASCII without a call per character (a nanoCLR call costs more than the test).
                char ch = c[i];
                if (ch < 0x80)
                {
                    if (ch >= 'a' && ch <= 'z')
                    {
                        c[i] = (char)(ch - 32);
                        changed = true;
                    }
                    continue;
                }
                char u = CharInfo.ToUpper(ch);
                if (u != ch)
                {
                    c[i] = u;
                    changed = true;
                }
            }
            return changed ? new string(c) : s;
        }

        public static string Lower(string s)
        {
#if !NANOFRAMEWORK_1_0
            if (System.Text.Ascii.IsValid(s))
            {
                if (!System.MemoryExtensions.ContainsAnyInRange(System.MemoryExtensions.AsSpan(s), 'A', 'Z'))
                {
                    return s;
                }
                return string.Create(s.Length, s, static (dst, src) => System.Text.Ascii.ToLower(src, dst, out _));
            }
#endif
            char[] c = s.ToCharArray();
            bool changed = false;
            for (int i = 0; i < c.Length; i++)
            {
                // ASCII without a call per character (a nanoCLR call costs more than the test).
                char ch = c[i];
                if (ch < 0x80)
                {
                    if (ch >= 'A' && ch <= 'Z')
                    {
                        c[i] = (char)(ch + 32);
                        changed = true;
                    }
                    continue;
                }
                char u = CharInfo.ToLower(ch);
                if (u != ch)
                {
                    c[i] = u;
                    changed = true;
                }
            }
            return changed ? new string(c) : s;
        }

        private static bool Strippable(char c, string chars)
        {
            return chars == null ? PyStr.IsSpace(c) : chars.IndexOf(c) >= 0;
        }

        /// <summary>
        /// str.join. A list or tuple is read in place: checking the items runs no Python code, so it cannot
        /// change between the two passes.
        /// </summary>
        public static string Join(string sep, object iterable)
        {
            object[] items;
            int count;
            PyList l = iterable as PyList;
            PyTuple t = iterable as PyTuple;
            if (l != null)
            {
                items = l.Items;
                count = l.Count;
            }
            else if (t != null)
            {
                items = t.Items;
                count = items.Length;
            }
            else
            {
                items = Ops.ToArray(iterable);
                count = items.Length;
            }
            int len = 0;
            for (int i = 0; i < count; i++)
            {
                string p = Ops.NativeSelf(items[i]) as string;
                if (p == null)
                {
                    throw Err.Type("sequence item " + Ops.IntToString(i) + ": expected str instance, " + Ops.TypeName(items[i]) + " found");
                }
                len += p.Length;
            }
            if (count == 0)
            {
                return "";
            }
            if (count == 1)
            {
                return (string)Ops.NativeSelf(items[0]);
            }
            len += sep.Length * (count - 1);
#if !NANOFRAMEWORK_1_0
            return string.Create(len, new JoinState(sep, items, count), static (dst, st) =>
            {
                int at = 0;
                for (int i = 0; i < st.Count; i++)
                {
                    if (i > 0 && st.Sep.Length > 0)
                    {
                        System.MemoryExtensions.AsSpan(st.Sep).CopyTo(dst.Slice(at));
                        at += st.Sep.Length;
                    }
                    string p = (string)Ops.NativeSelf(st.Items[i]);
                    System.MemoryExtensions.AsSpan(p).CopyTo(dst.Slice(at));
                    at += p.Length;
                }
            });
#else
            StrBuf sb = new StrBuf(len);
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    sb.Append(sep);
                }
                sb.Append((string)Ops.NativeSelf(items[i]));
            }
            return sb.ToString();
#endif
        }

#if !NANOFRAMEWORK_1_0
        private readonly struct JoinState
        {
            public readonly string Sep;
            public readonly object[] Items;
            public readonly int Count;

            public JoinState(string sep, object[] items, int count)
            {
                Sep = sep;
                Items = items;
                Count = count;
            }
        }
#endif

        public static string Replace(string s, string old, string neu, long max)
        {
            if (max == 0)
            {
                return s;
            }
            StrBuf sb = new StrBuf(s.Length);
            if (old.Length == 0)
            {
                long done = 0;
                for (int i = 0; i <= s.Length; i++)
                {
                    if (max < 0 || done < max)
                    {
                        sb.Append(neu);
                        done++;
                    }
                    if (i < s.Length)
                    {
                        sb.Append(s[i]);
                    }
                }
                return sb.ToString();
            }
            int pos = 0;
            long count = 0;
            char[] cs = s.ToCharArray();
            char[] oc = old.ToCharArray();
            while (max < 0 || count < max)
            {
                int j = PyStr.Find(cs, oc, pos, cs.Length);
                if (j < 0)
                {
                    break;
                }
                sb.Append(cs, pos, j - pos);
                sb.Append(neu);
                pos = j + oc.Length;
                count++;
            }
            if (count == 0)
            {
                return s;
            }
            sb.Append(cs, pos, cs.Length - pos);
            return sb.ToString();
        }

        /// <summary>str.split. Works on the chars: on nanoCLR strings are UTF-8, s[i] and Substring walk the string.</summary>
        public static PyList Split(string str, string sep, long max)
        {
#if !NANOFRAMEWORK_1_0
            if (sep != null)
            {
                return SplitSep(str, sep, max);
            }
#endif
            PyList r = new PyList();
            char[] s = str.ToCharArray();
            int n = s.Length;
            if (sep == null)
            {
                int i = 0;
                while (true)
                {
                    while (i < n && PyStr.IsSpace(s[i]))
                    {
                        i++;
                    }
                    if (i >= n)
                    {
                        break;
                    }
                    if (max >= 0 && r.Count >= max)
                    {
                        // The rest as it stands, trailing whitespace included (' a b '.split(None, 1)).
                        r.Append(new string(s, i, n - i));
                        break;
                    }
                    int j = i;
                    while (j < n && !PyStr.IsSpace(s[j]))
                    {
                        j++;
                    }
                    r.Append(new string(s, i, j - i));
                    i = j;
                }
                return r;
            }
            if (sep.Length == 0)
            {
                throw Err.Value("empty separator");
            }
            char[] sc = sep.ToCharArray();
            int pos = 0;
            while (max < 0 || r.Count < max)
            {
                int j = PyStr.Find(s, sc, pos, n);
                if (j < 0)
                {
                    break;
                }
                r.Append(new string(s, pos, j - pos));
                pos = j + sc.Length;
            }
            r.Append(pos == 0 ? str : new string(s, pos, n - pos));
            return r;
        }

#if !NANOFRAMEWORK_1_0
        /// <summary>Desktop split on a separator: vectorized searches on the string, the list sized up front.</summary>
        private static PyList SplitSep(string str, string sep, long max)
        {
            if (sep.Length == 0)
            {
                throw Err.Value("empty separator");
            }
            System.ReadOnlySpan<char> span = str;
            long parts = (sep.Length == 1 ? System.MemoryExtensions.Count(span, sep[0]) : System.MemoryExtensions.Count(span, sep)) + 1L;
            if (max >= 0 && max + 1 < parts)
            {
                parts = max + 1;
            }
            object[] items = new object[(int)parts];
            int last = items.Length - 1;
            int pos = 0;
            char c = sep[0];
            for (int k = 0; k < last; k++)
            {
                int j;
                if (sep.Length == 1)
                {
                    // Fields are often short: a plain scan first, the vectorized search for long ones.
                    j = pos;
                    int scan = pos + 16 < str.Length ? pos + 16 : str.Length;
                    while (j < scan && str[j] != c)
                    {
                        j++;
                    }
                    if (j == scan)
                    {
                        j = str.IndexOf(c, j);
                    }
                }
                else
                {
                    j = str.IndexOf(sep, pos, System.StringComparison.Ordinal);
                }
                items[k] = str.Substring(pos, j - pos);
                pos = j + sep.Length;
            }
            items[last] = pos == 0 ? str : str.Substring(pos);
            return new PyList(items, items.Length);
        }
#endif

        public static PyList RSplit(string str, string sep, long max)
        {
            if (max < 0 && (sep == null || sep.Length == 1))
            {
                // Splits that cannot overlap come out the same from either end.
                return Split(str, sep, max);
            }
            PyList parts = new PyList();
            char[] s = str.ToCharArray();
            if (sep == null)
            {
                int end = s.Length;
                while (true)
                {
                    while (end > 0 && PyStr.IsSpace(s[end - 1]))
                    {
                        end--;
                    }
                    if (end <= 0)
                    {
                        break;
                    }
                    if (parts.Count >= max)
                    {
                        parts.Append(new string(s, 0, end));
                        break;
                    }
                    int j = end;
                    while (j > 0 && !PyStr.IsSpace(s[j - 1]))
                    {
                        j--;
                    }
                    parts.Append(new string(s, j, end - j));
                    end = j;
                }
            }
            else
            {
                if (sep.Length == 0)
                {
                    throw Err.Value("empty separator");
                }
                char[] sc = sep.ToCharArray();
                int end = s.Length;
                while (max < 0 || parts.Count < max)
                {
                    int j = end - sc.Length >= 0 ? LastIndex(s, sc, 0, end) : -1;
                    if (j < 0)
                    {
                        break;
                    }
                    parts.Append(new string(s, j + sc.Length, end - j - sc.Length));
                    end = j;
                }
                parts.Append(new string(s, 0, end));
            }
            Ops.Reverse(parts.Items, parts.Count);
            return parts;
        }

        private static PyList SplitLines(string str, bool keep)
        {
            PyList r = new PyList();
            char[] s = str.ToCharArray();
            int i = 0;
            int start = 0;
            while (i < s.Length)
            {
                char c = s[i];
                if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x85' || c == '\u2028' || c == '\u2029')
                {
                    int eol = i;
                    if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                    {
                        i++;
                    }
                    i++;
                    r.Append(new string(s, start, (keep ? i : eol) - start));
                    start = i;
                    continue;
                }
                i++;
            }
            if (start < s.Length)
            {
                r.Append(new string(s, start, s.Length - start));
            }
            return r;
        }
    }
}
