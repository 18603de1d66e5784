namespace MicroPy.Core
{
    public sealed class PyClassMethod : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("classmethod", WrapperTable.ClassMethod, null);

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
