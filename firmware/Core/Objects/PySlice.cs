namespace MicroPy.Core
{
    /// <summary>slice(start, stop, step); parts are Python objects (PyNone.None when omitted). (Containers owner: complete.)</summary>
    public sealed class PySlice : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("slice", SliceTable.Instance, null);

        public readonly object Start;
        public readonly object Stop;
        public readonly object Step;

        public PySlice(object start, object stop, object step)
        {
            Start = start;
            Stop = stop;
            Step = step;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override string Repr()
        {
            return "slice(" + Ops.Repr(Start) + ", " + Ops.Repr(Stop) + ", " + Ops.Repr(Step) + ")";
        }

        public override object GetAttr(string name)
        {
            switch (name)
            {
                case "start":
                    return Start;
                case "stop":
                    return Stop;
                case "step":
                    return Step;
            }
            return Ops.GenericGetAttr(this, name);
        }

        public override object Compare(int op, object other)
        {
            PySlice o = other as PySlice;
            if (o == null || (op != PyOp.Eq && op != PyOp.Ne))
            {
                return base.Compare(op, other);
            }
            bool eq = Ops.Eq(Start, o.Start) && Ops.Eq(Stop, o.Stop) && Ops.Eq(Step, o.Step);
            return PyBool.From(op == PyOp.Eq ? eq : !eq);
        }

        public override int Hash()
        {
            throw Err.Type("unhashable type: 'slice'");
        }

        private sealed class SliceTable : NativeTable
        {
            public static readonly SliceTable Instance = new SliceTable();

            private SliceTable() : base(new string[] { "indices" })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (kwc > 0 || argc < 1 || argc > 3)
                {
                    throw Err.Type("slice expected at least 1 argument, got " + Ops.IntToString(argc));
                }
                if (argc == 1)
                {
                    return new PySlice(PyNone.None, args[0], PyNone.None);
                }
                return new PySlice(args[0], args[1], argc == 3 ? args[2] : PyNone.None);
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PySlice s = (PySlice)args[0];
                Ops.CheckArgs("indices", argc - 1, kwc, 1, 1);
                long len = Ops.ToLong(args[1]);
                if (len < 0)
                {
                    throw Err.Value("length should not be negative");
                }
                int start;
                int stop;
                int step;
                Ops.SliceIndices(s, (int)len, out start, out stop, out step);
                return new PyTuple(new object[] { PyInt.Create(start), PyInt.Create(stop), PyInt.Create(step) });
            }
        }
    }
}
