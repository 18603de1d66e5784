namespace MicroPy.Core
{
    public sealed class PyNone : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("NoneType", null, null);
        public static readonly PyNone None = new PyNone();

        private PyNone()
        {
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override bool IsTrue()
        {
            return false;
        }

        public override string Repr()
        {
            return "None";
        }
    }
}
