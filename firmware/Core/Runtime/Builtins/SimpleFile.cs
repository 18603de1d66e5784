using MicroPy.Hal;

namespace MicroPy.Core
{
    /// <summary>
    /// The file object of the fallback open() (used while no io module sets BuiltinsModule.OpenHook): text or
    /// binary over an IFile. Text reads decode everything that is left once, then serve it from memory.
    /// </summary>
    public sealed class SimpleFile : PyObject
    {
        private static PyType s_textType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TextType
        {
            get { return s_textType ?? (s_textType = PyType.Native("TextIOWrapper", SimpleFileTable.Instance, null)); }
        }

        private static PyType s_binaryType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType BinaryType
        {
            get { return s_binaryType ?? (s_binaryType = PyType.Native("FileIO", SimpleFileTable.Instance, null)); }
        }

        private IFile _file;
        public readonly bool Binary;
        private string _text;
        private int _textPos;

        public SimpleFile(IFile file, bool binary)
        {
            _file = file;
            Binary = binary;
        }

        public static object Open(object[] args, int argc, int kwc)
        {
            object pathArg = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "file");
            object modeArg = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "mode");
            string path = pathArg as string;
            if (path == null)
            {
                throw Err.Type("expected str, bytes or os.PathLike object, not " + (pathArg == null ? "NoneType" : Ops.TypeName(pathArg)));
            }
            string mode = modeArg == null ? "r" : modeArg as string;
            if (mode == null)
            {
                throw Err.Type("open() argument 'mode' must be str, not " + Ops.TypeName(modeArg));
            }
            IFileSystem fs = Platform.FileSystem;
            if (fs == null)
            {
                throw Err.OS(OsErrno.ENODEV, "no file system");
            }
            if (mode.IndexOf('r') >= 0 && mode.IndexOf('+') < 0 && fs.Kind(path) != 1)
            {
                throw Err.OS(OsErrno.ENOENT, fs.Kind(path) == 2 ? "EISDIR" : "ENOENT");
            }
            return new SimpleFile(fs.Open(path, mode), mode.IndexOf('b') >= 0);
        }

        public override PyType Type
        {
            get { return Binary ? BinaryType : TextType; }
        }

        private IFile File
        {
            get
            {
                if (_file == null)
                {
                    throw Err.Value("I/O operation on closed file.");
                }
                return _file;
            }
        }

        public override object Iter()
        {
            return this;
        }

        public override object Next()
        {
            object line = ReadLine(-1);
            return Ops.Len(line) == 0 ? null : line;
        }

        public override string Repr()
        {
            return "<io." + Type.Name + ">";
        }

        private byte[] ReadRest()
        {
            byte[] buf = new byte[256];
            int n = 0;
            while (true)
            {
                if (n == buf.Length)
                {
                    byte[] g = new byte[buf.Length * 2];
                    System.Array.Copy(buf, g, n);
                    buf = g;
                }
                int r = File.Read(buf, n, buf.Length - n);
                if (r <= 0)
                {
                    break;
                }
                n += r;
            }
            byte[] res = new byte[n];
            System.Array.Copy(buf, res, n);
            return res;
        }

        private void LoadText()
        {
            if (_file == null || _text == null)
            {
                _text = Utf8.Decode(ReadRest());
                _textPos = 0;
            }
        }

        public object Read(long size)
        {
            if (Binary)
            {
                if (size < 0)
                {
                    return new PyBytes(ReadRest());
                }
                byte[] buf = new byte[size];
                int n = 0;
                while (n < size)
                {
                    int r = File.Read(buf, n, (int)size - n);
                    if (r <= 0)
                    {
                        break;
                    }
                    n += r;
                }
                if (n < size)
                {
                    byte[] t = new byte[n];
                    System.Array.Copy(buf, t, n);
                    buf = t;
                }
                return new PyBytes(buf);
            }
            LoadText();
            int left = _text.Length - _textPos;
            int take = size < 0 || size > left ? left : (int)size;
            string s = _text.Substring(_textPos, take);
            _textPos += take;
            return s;
        }

        public object ReadLine(long limit)
        {
            if (Binary)
            {
                byte[] buf = new byte[64];
                byte[] one = new byte[1];
                int n = 0;
                while (limit < 0 || n < limit)
                {
                    if (File.Read(one, 0, 1) <= 0)
                    {
                        break;
                    }
                    if (n == buf.Length)
                    {
                        byte[] g = new byte[n * 2];
                        System.Array.Copy(buf, g, n);
                        buf = g;
                    }
                    buf[n++] = one[0];
                    if (one[0] == (byte)'\n')
                    {
                        break;
                    }
                }
                byte[] r = new byte[n];
                System.Array.Copy(buf, r, n);
                return new PyBytes(r);
            }
            LoadText();
            int end = _text.IndexOf('\n', _textPos);
            end = end < 0 ? _text.Length : end + 1;
            if (limit >= 0 && end - _textPos > limit)
            {
                end = _textPos + (int)limit;
            }
            string s = _text.Substring(_textPos, end - _textPos);
            _textPos = end;
            return s;
        }

        public int Write(object data)
        {
            byte[] bytes;
            if (Binary)
            {
                if (data is string)
                {
                    throw Err.Type("a bytes-like object is required, not 'str'");
                }
                bytes = BytesOps.ToBytes(data);
                File.Write(bytes, 0, bytes.Length);
                return bytes.Length;
            }
            string s = data as string;
            if (s == null)
            {
                throw Err.Type("write() argument must be str, not " + Ops.TypeName(data));
            }
            bytes = Utf8.Encode(s);
            File.Write(bytes, 0, bytes.Length);
            return s.Length;
        }

        public long Seek(long offset, int whence)
        {
            _text = null;
            return File.Seek(offset, whence);
        }

        public long Tell()
        {
            if (_text != null)
            {
                // Bytes not yet handed out were read ahead: step back over them.
                int ahead = Utf8.Encode(_text.Substring(_textPos)).Length;
                long p = File.Seek(-ahead, 1);
                _text = null;
                return p;
            }
            return File.Seek(0, 1);
        }

        public void Flush()
        {
            File.Flush();
        }

        public void Close()
        {
            if (_file != null)
            {
                _file.Close();
                _file = null;
            }
        }
    }
}
