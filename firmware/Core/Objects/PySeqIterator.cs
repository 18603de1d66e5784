namespace MicroPy.Core
{
    /// <summary>Iterator over an object array prefix (tuple items; list iteration re-reads the list's array).</summary>
    public sealed class PySeqIterator : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("tuple_iterator", null, null);
        public static readonly PyType ListType = PyType.Native("list_iterator", null, null);

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
