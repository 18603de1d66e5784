using MicroPy.Objects;

namespace MicroPy.Types
{
    /// <summary>slice methods (indices) and the slice constructor.</summary>
    public sealed class SliceTable : NativeTable
    {
        private static SliceTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static SliceTable Instance
        {
            get { return s_instance ?? (s_instance = new SliceTable()); }
        }

        private SliceTable() : base(new string[] { "indices" })
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            PySlice s = Ops.NativeSelf(args[0]) as PySlice;
            if (s == null)
            {
                throw Err.Type("descriptor 'indices' requires a 'slice' object");
            }
            Ops.CheckArgs("indices", argc - 1, kwc, 1, 1);
            long len = Ops.ToLong(args[1]);
            if (len < 0)
            {
                throw Err.Value("length should not be negative");
            }
            int start;
            int stop;
            int step;
            Ops.SliceIndices(s, len > int.MaxValue ? int.MaxValue : (int)len, out start, out stop, out step);
            // A step beyond the int range counts as its clamped value but is returned as given.
            return new PyTuple(new object[] { PyInt.Create(start), PyInt.Create(stop), step == int.MaxValue || step == int.MinValue + 1 ? s.Step : PyInt.Create(step) });
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (kwc > 0)
            {
                throw Err.Type("slice() takes no keyword arguments");
            }
            if (argc == 1)
            {
                return new PySlice(PyNone.None, args[0], PyNone.None);
            }
            if (argc == 2)
            {
                return new PySlice(args[0], args[1], PyNone.None);
            }
            if (argc == 3)
            {
                return new PySlice(args[0], args[1], args[2]);
            }
            throw Err.Type(argc == 0 ? "slice expected at least 1 argument, got 0" : "slice expected at most 3 arguments, got " + Ops.IntToString(argc));
        }
    }
}
