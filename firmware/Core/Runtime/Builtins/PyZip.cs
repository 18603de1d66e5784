using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>zip(*iterables).</summary>
    public sealed class PyZip : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("zip", ZipTable.Instance, null)); }
        }

        private readonly object[] _its;

        public PyZip(object[] its)
        {
            _its = its;
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
            if (_its.Length == 0)
            {
                return null;
            }
            object[] t = new object[_its.Length];
            for (int i = 0; i < _its.Length; i++)
            {
                object v = Ops.NextNested(_its[i]);
                if (v == null)
                {
                    return null;
                }
                t[i] = v;
            }
            return new PyTuple(t);
        }

        private sealed class ZipTable : ConstructorTable
        {
            private static ZipTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static ZipTable Instance
            {
                get { return s_instance ?? (s_instance = new ZipTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (kwc > 0)
                {
                    throw Err.Type("zip() takes no keyword arguments");
                }
                object[] its = new object[argc];
                for (int i = 0; i < argc; i++)
                {
                    its[i] = Ops.GetIter(args[i]);
                }
                return new PyZip(its);
            }
        }
    }
}
