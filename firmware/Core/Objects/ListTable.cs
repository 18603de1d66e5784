namespace MicroPy.Core
{
    /// <summary>list methods. (Containers owner: complete this table.)</summary>
    public sealed class ListTable : NativeTable
    {
        public static readonly ListTable Instance = new ListTable();

        private ListTable() : base(new string[] { "append" })
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            PyList l = (PyList)Ops.NativeSelf(args[0]);
            switch (id)
            {
                case 0:
                    l.Append(args[1]);
                    return PyNone.None;
            }
            return PyNone.None;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            PyList l = new PyList();
            if (argc > 0)
            {
                object it = Ops.GetIter(args[0]);
                object x;
                while ((x = Ops.Next(it)) != null)
                {
                    l.Append(x);
                }
            }
            return l;
        }
    }
}
