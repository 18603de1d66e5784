namespace MicroPy.Core
{
    /// <summary>A closure cell: a variable shared between a function and the functions nested in it.</summary>
    public sealed class PyCell : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("cell", null, null);

        /// <summary>null while the variable is unbound.</summary>
        public object Value;

        public override PyType Type
        {
            get { return TypeObject; }
        }
    }
}
