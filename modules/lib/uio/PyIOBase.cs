using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>
    /// io.IOBase: the base class of streams written in Python (e.g. mpremote's RemoteFile), which bring their own
    /// read/readinto/readline/write/close.
    /// </summary>
    public sealed class PyIOBase : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("IOBase", Table.Instance, null)); }
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private sealed class Table : NativeTable
        {
            private static Table s_instance;

            public static Table Instance
            {
                get { return s_instance ?? (s_instance = new Table()); }
            }

            private Table() : base(new string[0])
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("IOBase", argc, kwc, 0, 0);
                return new PyIOBase();
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                return PyNone.None;
            }
        }
    }
}
