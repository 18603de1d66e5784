using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>iter(callable, sentinel).</summary>
    public sealed class PyCallIterator : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("callable_iterator", null, null)); }
        }

        private readonly object _func;
        private readonly object _sentinel;
        private bool _done;

        public PyCallIterator(object func, object sentinel)
        {
            _func = func;
            _sentinel = sentinel;
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
            if (_done)
            {
                return null;
            }
            object v = Ops.Call0(_func);
            if (Ops.Eq(v, _sentinel))
            {
                _done = true;
                return null;
            }
            return v;
        }

    }
}
