namespace MicroPy.Objects
{
    public sealed class PyNone : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("NoneType", null, null)); }
        }

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
