namespace MicroPy.Objects
{
    /// <summary>Iterator over a dict's keys, values or items.</summary>
    public sealed class PyDictIterator : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("dict_keyiterator", null, null)); }
        }

        private static PyType s_valuesType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType ValuesType
        {
            get { return s_valuesType ?? (s_valuesType = PyType.Native("dict_valueiterator", null, null)); }
        }

        private static PyType s_itemsType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType ItemsType
        {
            get { return s_itemsType ?? (s_itemsType = PyType.Native("dict_itemiterator", null, null)); }
        }

        public const int Keys = 0;
        public const int Values = 1;
        public const int Items = 2;

        private readonly PyDict _dict;
        private readonly int _kind;
        private int _pos = -1;
        private readonly int _count;

        public PyDictIterator(PyDict dict, int kind)
        {
            _dict = dict;
            _kind = kind;
            _count = dict.Count;
        }

        public override PyType Type
        {
            get { return _kind == Keys ? TypeObject : _kind == Values ? ValuesType : ItemsType; }
        }

        public override object Iter()
        {
            return this;
        }

        public override object Next()
        {
            if (_dict.Count != _count)
            {
                throw Err.Runtime("dictionary changed size during iteration");
            }
            int i = _dict.NextEntry(_pos);
            if (i < 0)
            {
                _pos = _dict.EntryLimit;
                return null;
            }
            _pos = i;
            switch (_kind)
            {
                case Keys:
                    return _dict.KeyAt(i);
                case Values:
                    return _dict.ValueAt(i);
            }
            return new PyTuple(new object[] { _dict.KeyAt(i), _dict.ValueAt(i) });
        }
    }
}
