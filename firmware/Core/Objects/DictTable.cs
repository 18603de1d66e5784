namespace MicroPy.Core
{
    /// <summary>dict methods. (Containers owner: complete this table.)</summary>
    public sealed class DictTable : NativeTable
    {
        public static readonly DictTable Instance = new DictTable();

        private DictTable() : base(new string[] { "get", "keys", "values", "items", "__getitem__", "__setitem__" })
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            PyDict d = (PyDict)Ops.NativeSelf(args[0]);
            switch (id)
            {
                case 0:
                    {
                        object v = d.Get(args[1]);
                        return v != null ? v : (argc > 2 ? args[2] : PyNone.None);
                    }
                case 1:
                    return new PyDictIterator(d, PyDictIterator.Keys);
                case 2:
                    return new PyDictIterator(d, PyDictIterator.Values);
                case 3:
                    return new PyDictIterator(d, PyDictIterator.Items);
                case 4:
                    return d.GetItem(args[1]);
                case 5:
                    d.SetItem(args[1], args[2]);
                    return PyNone.None;
            }
            return PyNone.None;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            PyDict d = new PyDict();
            for (int i = 0; i < kwc; i++)
            {
                d.Set(args[argc + 2 * i], args[argc + 2 * i + 1]);
            }
            return d;
        }
    }
}
