namespace MicroPy.Objects
{
    public sealed class PyClassMethod : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("classmethod", TypeTables.ClassMethod, null)); }
        }

        public readonly object Function;

        public PyClassMethod(object function)
        {
            Function = function;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }
    }
}
