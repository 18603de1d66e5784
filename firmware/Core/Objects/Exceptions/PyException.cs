namespace MicroPy.Objects
{
    /// <summary>The C# carrier of a raised Python exception. Value is the Python exception object.</summary>
    public sealed class PyException : System.Exception
    {
        public readonly PyBaseException Value;

        public PyException(PyBaseException value)
        {
            Value = value;
        }

        public override string Message
        {
            get { return Value.Type.Name + ": " + Value.Str(); }
        }
    }
}
