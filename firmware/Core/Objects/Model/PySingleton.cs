namespace MicroPy.Objects
{
    /// <summary>NotImplemented and Ellipsis.</summary>
    public sealed class PySingleton : PyObject
    {
        private readonly PyType _type;
        private readonly string _repr;

        public PySingleton(string typeName, string repr)
        {
            _type = PyType.Native(typeName, null, null);
            _repr = repr;
        }

        public override PyType Type
        {
            get { return _type; }
        }

        public override bool IsTrue()
        {
            return true;
        }

        public override string Repr()
        {
            return _repr;
        }
    }
}
