namespace MicroPy.Core
{
    public sealed class PySetIterator : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("set_iterator", null, null);

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
