using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>filter(func or None, iterable).</summary>
    public sealed class PyFilter : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("filter", FilterTable.Instance, null)); }
        }

        private readonly object _func;
        private readonly object _it;

        public PyFilter(object func, object it)
        {
            _func = func;
            _it = it;
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
            while (true)
            {
                object v = Ops.NextNested(_it);
                if (v == null)
                {
                    return null;
                }
                bool keep = _func == PyNone.None ? Ops.IsTrue(v) : Ops.IsTrue(Ops.Call1(_func, v));
                if (keep)
                {
                    return v;
                }
            }
        }

        private sealed class FilterTable : ConstructorTable
        {
            private static FilterTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static FilterTable Instance
            {
                get { return s_instance ?? (s_instance = new FilterTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("filter", argc, kwc, 2, 2);
                return new PyFilter(args[0], Ops.GetIter(args[1]));
            }
        }
    }
}
