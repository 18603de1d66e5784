namespace MicroPy.Core
{
    public sealed class PyStaticMethod : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("staticmethod", WrapperTable.StaticMethod, null);

        public readonly object Function;

        public PyStaticMethod(object function)
        {
            Function = function;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }
    }
}
