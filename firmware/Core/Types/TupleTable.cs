using MicroPy.Objects;

namespace MicroPy.Types
{
    /// <summary>tuple methods and the tuple constructor.</summary>
    public sealed class TupleTable : NativeTable
    {
        private static TupleTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static TupleTable Instance
        {
            get { return s_instance ?? (s_instance = new TupleTable()); }
        }

        private TupleTable() : base(new string[] { "count", "index", "__getitem__", "__len__", "__contains__", "__iter__" })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Count = 0;
            public const int Index = 1;
            public const int Getitem = 2;
            public const int Len = 3;
            public const int Contains = 4;
            public const int Iter = 5;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            PyTuple t = Ops.NativeSelf(args[0]) as PyTuple;
            if (t == null)
            {
                throw Err.Type("descriptor '" + Names[id] + "' requires a 'tuple' object");
            }
            switch (id)
            {
                case Id.Getitem:
                    Ops.CheckArgs(Names[id], argc - 1, kwc, 1, 1);
                    return t.GetItem(args[1]);
                case Id.Len:
                    return PyInt.Create(t.Items.Length);
                case Id.Contains:
                    Ops.CheckArgs(Names[id], argc - 1, kwc, 1, 1);
                    return PyBool.From(t.Contains(args[1]));
                case Id.Iter:
                    return t.Iter();
            }
            if (id == Id.Count)
            {
                Ops.CheckArgs("count", argc - 1, kwc, 1, 1);
                int n = 0;
                for (int i = 0; i < t.Items.Length; i++)
                {
                    if (Ops.Eq(t.Items[i], args[1]))
                    {
                        n++;
                    }
                }
                return PyInt.Create(n);
            }
            Ops.CheckArgs("index", argc - 1, kwc, 1, 3);
            int start = 0;
            int stop = t.Items.Length;
            ListTable.Bounds(args, argc, t.Items.Length, ref start, ref stop);
            for (int i = start; i < stop; i++)
            {
                if (Ops.Eq(t.Items[i], args[1]))
                {
                    return PyInt.Create(i);
                }
            }
            throw Err.Value("tuple.index(x): x not in tuple");
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (kwc > 0)
            {
                throw Err.Type("tuple() takes no keyword arguments");
            }
            if (argc > 1)
            {
                throw Err.Type("tuple expected at most 1 argument, got " + Ops.IntToString(argc));
            }
            PyTuple t = argc == 0 ? PyTuple.Empty : (args[0] is PyTuple && cls == PyTuple.TypeObject ? (PyTuple)args[0] : new PyTuple(Ops.ToArray(args[0])));
            if (cls != PyTuple.TypeObject)
            {
                PyInstance inst = Ops.CreateInstance(cls, args, 0, 0) as PyInstance;
                if (inst != null)
                {
                    inst.Native = t;
                    return inst;
                }
            }
            return t;
        }
    }
}
