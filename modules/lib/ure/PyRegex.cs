using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>A compiled regular expression (ure.compile).</summary>
    public sealed class PyRegex : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("ure", RegexTable.Instance, null)); }
        }

        public readonly RegexProgram Program;
        public readonly string Pattern;

        private PyRegex(string pattern)
        {
            Pattern = pattern;
            Program = RegexProgram.Compile(pattern);
        }

        public static PyRegex Make(object pattern)
        {
            string p = pattern as string;
            if (p == null)
            {
                throw Err.Type("pattern must be str");
            }
            return new PyRegex(p);
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override string Repr()
        {
            return "<re " + Ops.HexId(this) + ">";
        }

        private static string Subject(object o)
        {
            string s = o as string;
            if (s == null)
            {
                throw Err.Type("expected string, not " + Ops.TypeName(o));
            }
            return s;
        }

        public PyMatch Search(string s, int from, bool anchored)
        {
            // A char array: on nanoCLR strings are UTF-8 and s[i] walks the string from its start.
            char[] cs = s.ToCharArray();
            return Search(s, cs, Program.NewVisited(cs.Length), from, anchored);
        }

        /// <summary>One search of s (as chars cs) from from; split and sub pass the same cs and visited set (from
        /// Program.NewVisited) to all their searches, which leave it cleared.</summary>
        public PyMatch Search(string s, char[] cs, int[] visited, int from, bool anchored)
        {
            int hi = from;
            PyMatch m = null;
            for (int i = from; i <= cs.Length; i++)
            {
                int[] spans = Program.MatchAt(cs, i, visited, ref hi);
                if (spans != null)
                {
                    m = new PyMatch(s, spans);
                    break;
                }
                if (anchored)
                {
                    break;
                }
            }
            Program.ClearVisited(visited, from, hi);
            return m;
        }

        /// <summary>id is a UreModule.Id (match, search, split, sub); the methods map onto them.</summary>
        public static object Dispatch(PyRegex re, int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case UreModule.Id.Match:
                case UreModule.Id.Search:
                    {
                        Ops.CheckArgs(id == UreModule.Id.Match ? "match" : "search", argc, kwc, 1, 2);
                        string s = Subject(args[0]);
                        int pos = argc > 1 ? Ops.ToIndex(args[1]) : 0;
                        PyMatch m = re.Search(s, pos < 0 ? 0 : pos > s.Length ? s.Length : pos, id == UreModule.Id.Match);
                        return m ?? (object)PyNone.None;
                    }
                case UreModule.Id.Split:
                    {
                        Ops.CheckArgs("split", argc, kwc, 1, 2);
                        string s = Subject(args[0]);
                        long max = argc > 1 ? Ops.ToLong(args[1]) : 0;
                        PyList r = new PyList();
                        char[] cs = s.ToCharArray();
                        int[] visited = re.Program.NewVisited(cs.Length);
                        int pos = 0;
                        int from = 0;
                        while (max <= 0 || r.Count < max)
                        {
                            PyMatch m = re.Search(s, cs, visited, from, false);
                            if (m == null)
                            {
                                break;
                            }
                            int ms = m.Spans[0];
                            int me = m.Spans[1];
                            if (me == ms)
                            {
                                // MicroPython 1.8.2 stops splitting at the first empty match (CPython 3.5 warned
                                // that its own skipping would change, and 3.7 splits there instead).
                                break;
                            }
                            r.Append(s.Substring(pos, ms - pos));
                            for (int g = 1; g < m.Spans.Length / 2; g++)
                            {
                                r.Append(m.Group(g));
                            }
                            pos = me;
                            from = me;
                        }
                        r.Append(s.Substring(pos));
                        return r;
                    }
                default:
                    {
                        Ops.CheckArgs("sub", argc, kwc, 2, 3);
                        object repl = args[0];
                        string s = Subject(args[1]);
                        long count = argc > 2 ? Ops.ToLong(args[2]) : 0;
                        StrBuf sb = new StrBuf(s.Length);
                        int pos = 0;
                        int from = 0;
                        long done = 0;
                        char[] cs = s.ToCharArray();
                        int[] visited = re.Program.NewVisited(cs.Length);
                        while (from <= s.Length && (count <= 0 || done < count))
                        {
                            PyMatch m = re.Search(s, cs, visited, from, false);
                            if (m == null)
                            {
                                break;
                            }
                            int ms = m.Spans[0];
                            int me = m.Spans[1];
                            sb.Append(s, pos, ms - pos);
                            string rs = repl as string;
                            sb.Append(rs != null ? Expand(rs, m) : Ops.Str(Ops.Call1(repl, m)));
                            done++;
                            pos = me;
                            if (me == ms)
                            {
                                if (ms < s.Length)
                                {
                                    sb.Append(s[ms]);
                                }
                                pos = ms + 1;
                                from = ms + 1;
                            }
                            else
                            {
                                from = me;
                            }
                        }
                        if (pos < s.Length)
                        {
                            sb.Append(s, pos, s.Length - pos);
                        }
                        return sb.ToString();
                    }
            }
        }

        private static string Expand(string repl, PyMatch m)
        {
            StrBuf sb = new StrBuf(repl.Length);
            for (int i = 0; i < repl.Length; i++)
            {
                char c = repl[i];
                if (c == '\\' && i + 1 < repl.Length)
                {
                    char d = repl[i + 1];
                    if (d >= '0' && d <= '9')
                    {
                        object g = m.Group(d - '0');
                        sb.Append(g == PyNone.None ? "" : (string)g);
                        i++;
                        continue;
                    }
                    if (d == 'n')
                    {
                        sb.Append('\n');
                        i++;
                        continue;
                    }
                }
                sb.Append(c);
            }
            return sb.ToString();
        }

        private sealed class RegexTable : NativeTable
        {
            private static RegexTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static RegexTable Instance
            {
                get { return s_instance ?? (s_instance = new RegexTable()); }
            }

            private RegexTable() : base(new string[] { "match", "search", "split", "sub" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Match = 0;
                public const int Search = 1;
                public const int Split = 2;
                public const int Sub = 3;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyRegex re = (PyRegex)args[0];
                object[] rest = new object[argc - 1 + 2 * kwc];
                System.Array.Copy(args, 1, rest, 0, rest.Length);
                return Dispatch(re, id - Id.Match + UreModule.Id.Match, rest, argc - 1, kwc);
            }
        }
    }
}
