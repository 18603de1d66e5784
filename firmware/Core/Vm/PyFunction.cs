namespace MicroPy.Core
{
    /// <summary>A Python function (def/lambda). (VM owner: replace this stub.)</summary>
    public sealed class PyFunction : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("function", null, null);

        public string Name;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            throw Err.NotImplemented("function call");
        }
    }
}
