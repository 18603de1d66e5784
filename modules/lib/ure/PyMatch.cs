using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>A match object: group(n...), groups(), start/end/span.</summary>
    public sealed class PyMatch : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("match", MatchTable.Instance, null)); }
        }

        public readonly string Subject;
        public readonly int[] Spans;

        public PyMatch(string subject, int[] spans)
        {
            Subject = subject;
            Spans = (int[])spans.Clone();
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public object Group(int g)
        {
            if (g < 0 || g >= Spans.Length / 2)
            {
                throw Err.Index("no such group");
            }
            int a = Spans[2 * g];
            int b = Spans[2 * g + 1];
            if (a < 0 || b < 0)
            {
                return PyNone.None;
            }
            return Subject.Substring(a, b - a);
        }

        public override string Repr()
        {
            return "<match num=" + Ops.IntToString(Spans.Length / 2) + ">";
        }

        private sealed class MatchTable : NativeTable
        {
            private static MatchTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static MatchTable Instance
            {
                get { return s_instance ?? (s_instance = new MatchTable()); }
            }

            private MatchTable() : base(new string[] { "group", "groups", "start", "end", "span" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Group = 0;
                public const int Groups = 1;
                public const int Start = 2;
                public const int End = 3;
                public const int Span = 4;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyMatch m = (PyMatch)args[0];
                switch (id)
                {
                    case Id.Group:
                        {
                            if (argc <= 2)
                            {
                                return m.Group(argc == 2 ? Ops.ToIndex(args[1]) : 0);
                            }
                            object[] r = new object[argc - 1];
                            for (int i = 1; i < argc; i++)
                            {
                                r[i - 1] = m.Group(Ops.ToIndex(args[i]));
                            }
                            return new PyTuple(r);
                        }
                    case Id.Groups:
                        {
                            int n = m.Spans.Length / 2 - 1;
                            object[] r = new object[n];
                            for (int i = 0; i < n; i++)
                            {
                                r[i] = m.Group(i + 1);
                            }
                            return new PyTuple(r);
                        }
                    default:
                        {
                            int g = argc > 1 ? Ops.ToIndex(args[1]) : 0;
                            if (g < 0 || g >= m.Spans.Length / 2)
                            {
                                throw Err.Index("no such group");
                            }
                            object st = PyInt.Create(m.Spans[2 * g]);
                            object en = PyInt.Create(m.Spans[2 * g + 1]);
                            return id == Id.Start ? st : id == Id.End ? en : new PyTuple(new object[] { st, en });
                        }
                }
            }
        }
    }
}
