using MicroPy.Core;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>uio: open, FileIO, TextIOWrapper, StringIO, BytesIO, BufferedWriter. Also installs the builtin open().</summary>
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
            return Open(args, argc, kwc, '\0');
        }

        /// <summary>open(file, mode='r', buffering=-1, encoding=None, ...); force 't'/'b' for the class forms.</summary>
        public static object Open(object[] args, int argc, int kwc, char force)
        {
            object pathv = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "file");
            object modev = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "mode");
            string path = pathv as string;
            if (path == null)
            {
                throw Err.Type("expected str, bytes or os.PathLike object, not " + Ops.TypeName(pathv ?? PyNone.None));
            }
            string mode = modev == null ? "r" : modev as string;
            if (mode == null)
            {
                throw Err.Type("open() argument 'mode' must be str");
            }
            bool binary = mode.IndexOf('b') >= 0;
            bool text = mode.IndexOf('t') >= 0;
            int kinds = 0;
            for (int i = 0; i < mode.Length; i++)
            {
                char c = mode[i];
                if (c == 'r' || c == 'w' || c == 'a' || c == 'x')
                {
                    kinds++;
                }
                else if (c != 'b' && c != 't' && c != '+')
                {
                    throw Err.Value("invalid mode: '" + mode + "'");
                }
            }
            if (kinds != 1 || (binary && text))
            {
                throw Err.Value("invalid mode: '" + mode + "'");
            }
            if (force == 'b')
            {
                binary = true;
            }
            else if (force == 't')
            {
                binary = false;
            }
            IFileSystem fs = Platform.FileSystem;
            if (fs == null)
            {
                throw Err.OS(OsErrno.ENODEV, "no file system");
            }
            string full = UosModule.Absolute(path);
            if (fs.Kind(full) == 2)
            {
                throw Err.OS(OsErrno.EISDIR, "[Errno 21] EISDIR");
            }
            bool readable = mode.IndexOf('r') >= 0 || mode.IndexOf('+') >= 0;
            bool writable = mode.IndexOf('r') < 0 || mode.IndexOf('+') >= 0;
            IFile f = fs.Open(full, StrTable.Replace(mode, "t", "", -1));
            return new PyIOStream(!binary, f, readable, writable);
        }
    }
}
