namespace MicroPy.Core
{
    /// <summary>float (double). (Numbers owner: complete, incl. shortest round-trip repr.)</summary>
    public sealed class PyFloat : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("float", null, null);

        public readonly double Value;

        public PyFloat(double value)
        {
            Value = value;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override bool IsTrue()
        {
            return Value != 0.0;
        }

        public override string Repr()
        {
            return FloatFormat.Repr(Value);
        }
    }
}
