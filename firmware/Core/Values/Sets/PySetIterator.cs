using MicroPy.Objects;

namespace MicroPy.Values
{
    public sealed class PySetIterator : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("set_iterator", null, null)); }
        }

        private readonly PySet _set;
        private int _pos = -1;
        private readonly int _count;

        public PySetIterator(PySet set)
        {
            _set = set;
            _count = set.Count;
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
            if (_set.Count != _count)
            {
                throw Err.Runtime("Set changed size during iteration");
            }
            _pos = _set.Table.NextEntry(_pos);
            return _pos < 0 ? null : _set.Table.KeyAt(_pos);
        }
    }
}
