namespace MicroPy.Core
{
    /// <summary>bool: exactly two instances. Numerically an int (Value 0 or 1). (Numbers owner.)</summary>
    public sealed class PyBool : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("bool", null, PyInt.TypeObject);
        public static readonly PyBool True = new PyBool(true);
        public static readonly PyBool False = new PyBool(false);

        public readonly bool Value;

        private PyBool(bool value)
        {
            Value = value;
        }

        public static PyBool From(bool b)
        {
            return b ? True : False;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override bool IsTrue()
        {
            return Value;
        }

        public override int Hash()
        {
            return Value ? 1 : 0;
        }

        public override string Repr()
        {
            return Value ? "True" : "False";
        }
    }
}
