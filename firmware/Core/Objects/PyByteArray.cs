namespace MicroPy.Core
{
    /// <summary>bytearray: Data[0..Count) with spare capacity. (Text owner: complete.)</summary>
    public sealed class PyByteArray : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("bytearray", null, null);

        public byte[] Data;
        public int Count;

        public PyByteArray(byte[] data, int count)
        {
            Data = data;
            Count = count;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override int Len()
        {
            return Count;
        }
    }
}
