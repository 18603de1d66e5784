namespace MicroPy.Objects
{
    /// <summary>A bytes-like value as an argument of bytes %-formatting: %s gives its bytes (as Latin-1 text, which
    /// the result turns back into bytes), %r and %a its repr (b'...').</summary>
    public sealed class BytesFormatArg : PyObject
    {
        private readonly object _value;
        private readonly string _text;

        public BytesFormatArg(object value, string text)
        {
            _value = value;
            _text = text;
        }

        public override PyType Type
        {
            get { return Ops.TypeOf(_value); }
        }

        public override string Str()
        {
            return _text;
        }

        public override string Repr()
        {
            return Ops.Repr(_value);
        }
    }
}
