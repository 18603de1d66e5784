using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>A closure cell: a variable shared between a function and the functions nested in it.</summary>
    public sealed class PyCell : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("cell", null, null)); }
        }

        /// <summary>null while the variable is unbound.</summary>
        public object Value;

        public override PyType Type
        {
            get { return TypeObject; }
        }
    }
}
