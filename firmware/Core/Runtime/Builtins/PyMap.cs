using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>map(func, *iterables).</summary>
    public sealed class PyMap : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("map", MapTable.Instance, null)); }
        }

        private readonly object _func;
        private readonly object[] _its;

        public PyMap(object func, object[] its)
        {
            _func = func;
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
            object[] a = new object[_its.Length];
            for (int i = 0; i < _its.Length; i++)
            {
                object v = Ops.NextNested(_its[i]);
                if (v == null)
                {
                    return null;
                }
                a[i] = v;
            }
            return Ops.Call(_func, a, a.Length, 0);
        }

        private sealed class MapTable : ConstructorTable
        {
            private static MapTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static MapTable Instance
            {
                get { return s_instance ?? (s_instance = new MapTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (argc < 2)
                {
                    throw Err.Type("map() must have at least two arguments.");
                }
                object[] its = new object[argc - 1];
                for (int i = 1; i < argc; i++)
                {
                    its[i - 1] = Ops.GetIter(args[i]);
                }
                return new PyMap(args[0], its);
            }
        }
    }
}
