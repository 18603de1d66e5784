using MicroPy.Objects;
using MicroPy.Runtime;

namespace MicroPy.Modules
{
    /// <summary>uio: open, FileIO, TextIOWrapper, StringIO, BytesIO, BufferedWriter. open() is the builtin's (the file object lives in the runtime).</summary>
    public sealed class UioModule : NativeModule
    {
        private static UioModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UioModule Instance
        {
            get { return s_instance ?? (s_instance = new UioModule()); }
        }

        private UioModule() : base("uio", new string[] { "open", "StringIO", "BytesIO", "FileIO", "TextIOWrapper", "IOBase", "BufferedWriter" })
        {
        }

        public override int Kind(int id)
        {
            return id == 0 ? MemberStatic : MemberValue;
        }

        public override object GetValue(int id)
        {
            switch (id)
            {
                case 1: return PyIOStream.StringIOType;
                case 2: return PyIOStream.BytesIOType;
                case 3: return PyIOStream.FileIOType;
                case 5: return PyIOBase.TypeObject;
                case 6: return PyBufferedWriter.TypeObject;
                default: return PyIOStream.TextIOType;
            }
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            return PyIOStream.Open(args, argc, kwc, '\0');
        }
    }
}
