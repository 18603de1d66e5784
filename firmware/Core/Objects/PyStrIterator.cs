namespace MicroPy.Core
{
    public sealed class PyStrIterator : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("str_iterator", null, null);
        private readonly string _s;
        private int _pos;

        public PyStrIterator(string s)
        {
            _s = s;
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
            if (_pos < _s.Length)
            {
                return Ops.CharToStr(_s[_pos++]);
            }
            return null;
        }
    }
}
