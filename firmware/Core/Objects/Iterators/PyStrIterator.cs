namespace MicroPy.Objects
{
    public sealed class PyStrIterator : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("str_iterator", null, null)); }
        }

        // The chars (on nanoCLR a string is UTF-8 and s[i] walks it, so iterating by index would be quadratic).
        private readonly char[] _s;
        private int _pos;

        public PyStrIterator(string s)
        {
            _s = s.ToCharArray();
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
