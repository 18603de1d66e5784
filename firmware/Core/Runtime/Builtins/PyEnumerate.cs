using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>enumerate(iterable, start=0).</summary>
    public sealed class PyEnumerate : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("enumerate", EnumerateTable.Instance, null)); }
        }

        private readonly object _it;
        private long _n;

        public PyEnumerate(object it, long start)
        {
            _it = it;
            _n = start;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object Iter()
        {
            return this;
        }

        public override object Next()
        {
            object v = Ops.NextNested(_it);
            if (v == null)
            {
                return null;
            }
            return new PyTuple(new object[] { PyInt.Create(_n++), v });
        }

        private sealed class EnumerateTable : ConstructorTable
        {
            private static EnumerateTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static EnumerateTable Instance
            {
                get { return s_instance ?? (s_instance = new EnumerateTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                object it = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "iterable");
                object st = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "start");
                if (it == null)
                {
                    throw Err.Type("enumerate() missing required argument 'iterable' (pos 1)");
                }
                return new PyEnumerate(Ops.GetIter(it), st == null ? 0 : Ops.ToLong(st));
            }
        }
    }
}
