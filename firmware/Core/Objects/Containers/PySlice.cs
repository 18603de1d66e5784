namespace MicroPy.Objects
{
    /// <summary>slice(start, stop, step); parts are Python objects (PyNone.None when omitted).</summary>
    public sealed class PySlice : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("slice", TypeTables.Slice, null)); }
        }

        // Not readonly: the VM reuses one slice object for list[a:b] in place of a new one each time (Vm_Slice.cs).
        public object Start;
        public object Stop;
        public object Step;

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

        private static object Part(object o)
        {
            return o ?? PyNone.None;
        }

        public override object GetAttr(string name)
        {
            switch (name)
            {
                case "start":
                    return Part(Start);
                case "stop":
                    return Part(Stop);
                case "step":
                    return Part(Step);
            }
            return Ops.GenericGetAttr(this, name);
        }

        public override int Hash()
        {
            throw Err.Type("unhashable type: 'slice'");
        }

        public override object Compare(int op, object other)
        {
            PySlice s = other as PySlice;
            if (s == null)
            {
                return base.Compare(op, other);
            }
            PyTuple a = new PyTuple(new object[] { Part(Start), Part(Stop), Part(Step) });
            PyTuple b = new PyTuple(new object[] { Part(s.Start), Part(s.Stop), Part(s.Step) });
            return a.Compare(op, b);
        }

        public override string Repr()
        {
            return "slice(" + Ops.Repr(Part(Start)) + ", " + Ops.Repr(Part(Stop)) + ", " + Ops.Repr(Part(Step)) + ")";
        }
    }
}
