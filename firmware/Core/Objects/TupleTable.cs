namespace MicroPy.Core
{
    /// <summary>tuple methods. (Containers owner: complete this table.)</summary>
    public sealed class TupleTable : NativeTable
    {
        public static readonly TupleTable Instance = new TupleTable();

        private TupleTable() : base(new string[] { "count", "index" })
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            throw Err.NotImplemented("tuple." + Names[id]);
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (argc == 0)
            {
                return PyTuple.Empty;
            }
            return new PyTuple(Ops.ToArray(args[0]));
        }
    }
}
