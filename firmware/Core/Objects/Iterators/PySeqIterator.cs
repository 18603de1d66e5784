namespace MicroPy.Objects
{
    /// <summary>Iterator over an object array prefix (tuple items; list iteration re-reads the list's array).</summary>
    public sealed class PySeqIterator : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("tuple_iterator", null, null)); }
        }

        private static PyType s_listType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType ListType
        {
            get { return s_listType ?? (s_listType = PyType.Native("list_iterator", null, null)); }
        }

        private readonly object[] _items;
        private readonly int _count;
        private readonly PyList _list;
        private int _pos;

        public PySeqIterator(object[] items, int count)
        {
            _items = items;
            _count = count;
        }

        public PySeqIterator(PyList list)
        {
            _list = list;
        }

        public override PyType Type
        {
            get { return _list != null ? ListType : TypeObject; }
        }

        public override object Iter()
        {
            return this;
        }

        public override object Next()
        {
            if (_list != null)
            {
                if (_pos < _list.Count)
                {
                    return _list.Items[_pos++];
                }
                return null;
            }
            if (_pos < _count)
            {
                return _items[_pos++];
            }
            return null;
        }
    }
}
