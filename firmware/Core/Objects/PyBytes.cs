namespace MicroPy.Core
{
    /// <summary>bytes: immutable; Data is owned and never changed after construction. (Text owner: complete.)</summary>
    public sealed class PyBytes : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("bytes", null, null);
        public static readonly PyBytes Empty = new PyBytes(new byte[0]);

        public readonly byte[] Data;

        public PyBytes(byte[] data)
        {
            Data = data;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override int Len()
        {
            return Data.Length;
        }
    }
}
