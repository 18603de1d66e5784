namespace MicroPy.Objects
{
    /// <summary>Members shared by BaseException and every builtin exception type.</summary>
    public sealed class ExceptionTable : NativeTable
    {
        private static ExceptionTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static ExceptionTable Instance
        {
            get { return s_instance ?? (s_instance = new ExceptionTable()); }
        }

        private const int Init = 0;
        private const int WithTraceback = 1;

        private ExceptionTable() : base(new string[] { "__init__", "with_traceback" })
        {
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            PyBaseException self = Ops.NativeSelf(args[0]) as PyBaseException;
            if (self == null)
            {
                throw Err.Type("descriptor requires a 'BaseException' object");
            }
            switch (id)
            {
                case Init:
                    object[] a = new object[argc - 1];
                    for (int i = 1; i < argc; i++)
                    {
                        a[i - 1] = args[i];
                    }
                    self.Args = a;
                    return PyNone.None;
                case WithTraceback:
                    return self;
            }
            return PyNone.None;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            object[] a = new object[argc];
            for (int i = 0; i < argc; i++)
            {
                a[i] = args[i];
            }
            return new PyBaseException(cls, a);
        }
    }
}
