using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Types;
using MicroPy.Hal;

namespace MicroPy.Runtime
{
    /// <summary>
    /// The file object: what the builtin open() returns (FileIO/TextIOWrapper, a file through the HAL) and the uio
    /// module's StringIO/BytesIO (in memory). Text streams exchange str (UTF-8 inside), binary ones bytes.
    /// </summary>
    public sealed class PyIOStream : PyObject, IPollable
    {
        private static PyType s_stringIOType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType StringIOType
        {
            get { return s_stringIOType ?? (s_stringIOType = PyType.Native("StringIO", IOTable.Instance, null)); }
        }

        private static PyType s_bytesIOType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType BytesIOType
        {
            get { return s_bytesIOType ?? (s_bytesIOType = PyType.Native("BytesIO", IOTable.Instance, null)); }
        }

        private static PyType s_fileIOType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType FileIOType
        {
            get { return s_fileIOType ?? (s_fileIOType = PyType.Native("FileIO", IOTable.Instance, null)); }
        }

        private static PyType s_textIOType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TextIOType
        {
            get { return s_textIOType ?? (s_textIOType = PyType.Native("TextIOWrapper", IOTable.Instance, null)); }
        }

        private readonly bool _text;
        private readonly IFile _file;
        private readonly PyType _type;
        private readonly bool _readable;
        private readonly bool _writable;
        private byte[] _mem;
        private int _len;
        private int _pos;
        private bool _closed;
        private readonly byte[] _one = new byte[1];

        /// <summary>An in-memory stream with initial contents.</summary>
        public PyIOStream(bool text, byte[] initial)
        {
            _text = text;
            _type = text ? StringIOType : BytesIOType;
            _mem = initial ?? new byte[16];
            _len = initial == null ? 0 : initial.Length;
            _readable = true;
            _writable = true;
        }

        public PyIOStream(bool text, IFile file, bool readable, bool writable)
        {
            _text = text;
            _type = text ? TextIOType : FileIOType;
            _file = file;
            _readable = readable;
            _writable = writable;
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
            string full = PathNames.Absolute(path);
            if (fs.Kind(full) == 2)
            {
                throw Err.OS(OsErrno.EISDIR, "[Errno 21] EISDIR");
            }
            bool readable = mode.IndexOf('r') >= 0 || mode.IndexOf('+') >= 0;
            bool writable = mode.IndexOf('r') < 0 || mode.IndexOf('+') >= 0;
            IFile f = fs.Open(full, StrTable.Replace(mode, "t", "", -1));
            return new PyIOStream(!binary, f, readable, writable);
        }

        public override PyType Type
        {
            get { return _type; }
        }

        private void CheckOpen()
        {
            if (_closed)
            {
                throw Err.Value("I/O operation on closed file");
            }
        }

        private void CheckReadable()
        {
            if (!_readable)
            {
                throw Err.OS(OsErrno.EBADF, "[Errno 9] EBADF");
            }
        }

        private int ReadBytes(byte[] buf, int off, int count)
        {
            CheckReadable();
            if (_file != null)
            {
                int total = 0;
                while (total < count)
                {
                    int n = _file.Read(buf, off + total, count - total);
                    if (n <= 0)
                    {
                        break;
                    }
                    total += n;
                }
                return total;
            }
            int avail = _len - _pos;
            if (avail <= 0)
            {
                return 0;
            }
            int take = count < avail ? count : avail;
            System.Array.Copy(_mem, _pos, buf, off, take);
            _pos += take;
            return take;
        }

        private byte[] ReadAllRest()
        {
            CheckReadable();
            if (_file == null)
            {
                int n = _len > _pos ? _len - _pos : 0;
                byte[] r = new byte[n];
                ReadBytes(r, 0, n);
                return r;
            }
            byte[] buf = new byte[256];
            int total = 0;
            while (true)
            {
                if (total == buf.Length)
                {
                    byte[] g = new byte[total * 2];
                    System.Array.Copy(buf, g, total);
                    buf = g;
                }
                int n = _file.Read(buf, total, buf.Length - total);
                if (n <= 0)
                {
                    break;
                }
                total += n;
            }
            byte[] res = new byte[total];
            System.Array.Copy(buf, res, total);
            return res;
        }

        private object Wrap(byte[] data)
        {
            return _text ? (object)Utf8.Decode(data) : new PyBytes(data);
        }

        public object Read(long n)
        {
            CheckOpen();
            CheckReadable();
            if (n < 0)
            {
                return Wrap(ReadAllRest());
            }
            if (_text)
            {
                // n counts characters: read a character's lead byte, then as many continuation bytes as it
                // announces, so that no multi-byte character is split (files and in-memory streams alike).
                PyByteArray acc = new PyByteArray(new byte[n < 60 ? n + 4 : 64], 0);
                long chars = 0;
                while (chars < n)
                {
                    if (ReadBytes(_one, 0, 1) == 0)
                    {
                        break;
                    }
                    acc.Append(_one[0]);
                    chars++;
                    int lead = _one[0];
                    int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
                    for (int k = 0; k < more && ReadBytes(_one, 0, 1) == 1; k++)
                    {
                        acc.Append(_one[0]);
                    }
                }
                byte[] d = new byte[acc.Count];
                System.Array.Copy(acc.Data, d, acc.Count);
                return Wrap(d);
            }
            byte[] b = new byte[n];
            int got = ReadBytes(b, 0, (int)n);
            if (got < n)
            {
                byte[] t = new byte[got];
                System.Array.Copy(b, t, got);
                b = t;
            }
            return Wrap(b);
        }

        public object ReadLine(long limit)
        {
            CheckOpen();
            PyByteArray acc = new PyByteArray(new byte[64], 0);
            while (limit < 0 || acc.Count < limit)
            {
                if (ReadBytes(_one, 0, 1) == 0)
                {
                    break;
                }
                acc.Append(_one[0]);
                if (_one[0] == '\n')
                {
                    break;
                }
            }
            byte[] d = new byte[acc.Count];
            System.Array.Copy(acc.Data, d, acc.Count);
            return Wrap(d);
        }

        public int Write(object o)
        {
            CheckOpen();
            if (!_writable)
            {
                throw Err.OS(OsErrno.EBADF, "[Errno 9] EBADF");
            }
            byte[] data;
            if (_text)
            {
                string s = o as string;
                if (s != null)
                {
                    data = Utf8.Encode(s);
                }
                else if (_file != null && Buffers.Has(o))
                {
                    // A text file on a board takes bytes too (MicroPython's stream write takes any buffer; the WiPy's
                    // tests/wipy/os.py writes os.urandom() bytes to a file opened with 'w').
                    data = Buffers.BytesOf(o);
                }
                else
                {
                    throw Err.Type("write() argument must be str, not " + Ops.TypeName(o));
                }
            }
            else
            {
                if (o is string)
                {
                    throw Err.Type("a bytes-like object is required, not 'str'");
                }
                data = BytesOps.ToBytes(o);
            }
            if (_file != null)
            {
                _file.Write(data, 0, data.Length);
            }
            else
            {
                int end = _pos + data.Length;
                if (end > _mem.Length)
                {
                    byte[] g = new byte[end * 2];
                    System.Array.Copy(_mem, g, _len);
                    _mem = g;
                }
                System.Array.Copy(data, 0, _mem, _pos, data.Length);
                _pos = end;
                if (end > _len)
                {
                    _len = end;
                }
            }
            return _text && o is string ? ((string)o).Length : data.Length;
        }

        public long Seek(long off, int whence)
        {
            CheckOpen();
            if (_file != null)
            {
                return _file.Seek(off, whence);
            }
            long np = whence == 0 ? off : whence == 1 ? _pos + off : _len + off;
            if (np < 0)
            {
                np = 0;
            }
            _pos = (int)np;
            return np;
        }

        public void Close()
        {
            if (_closed)
            {
                return;
            }
            _closed = true;
            if (_file != null)
            {
                _file.Close();
            }
        }

        public int Poll(int events)
        {
            return events & ((_readable ? 1 : 0) | (_writable ? 4 : 0));
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
            return "<io." + _type.Name + " 0x" + Ops.HexId(this) + ">";
        }

        private sealed class IOTable : NativeTable
        {
            private static IOTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static IOTable Instance
            {
                get { return s_instance ?? (s_instance = new IOTable()); }
            }

            private IOTable() : base(new string[]
            {
                "read", "readline", "readlines", "readinto", "write", "seek", "tell", "close", "flush", "getvalue",
                "__enter__", "__exit__", "readable", "writable", "readall",
            })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                bool text = cls == StringIOType;
                if (cls != StringIOType && cls != BytesIOType)
                {
                    return Open(args, argc, kwc, cls == TextIOType ? 't' : 'b');
                }
                byte[] init = null;
                if (argc > 0)
                {
                    object a = args[0];
                    if (IntOps.IsInt(a))
                    {
                        init = null;
                    }
                    else if (text)
                    {
                        string s = a as string;
                        if (s == null)
                        {
                            throw Err.Type("initial_value must be str or None, not " + Ops.TypeName(a));
                        }
                        init = Utf8.Encode(s);
                    }
                    else
                    {
                        init = (byte[])BytesOps.ToBytes(a).Clone();
                    }
                }
                return new PyIOStream(text, init);
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyIOStream s = Ops.NativeSelf(args[0]) as PyIOStream;
                if (s == null)
                {
                    throw Err.Type("descriptor requires a stream");
                }
                switch (id)
                {
                    case 0:
                        return s.Read(argc > 1 && args[1] != PyNone.None ? Ops.ToLong(args[1]) : -1);
                    case 1:
                        return s.ReadLine(argc > 1 && args[1] != PyNone.None ? Ops.ToLong(args[1]) : -1);
                    case 2:
                        {
                            PyList l = new PyList();
                            object line;
                            while ((line = s.Next()) != null)
                            {
                                l.Append(line);
                            }
                            return l;
                        }
                    case 3:
                        {
                            s.CheckOpen();
                            PyByteArray ba = args[1] as PyByteArray;
                            PyMemoryView mv = args[1] as PyMemoryView;
                            int limit = argc > 2 ? (int)Ops.ToLong(args[2]) : int.MaxValue;
                            if (ba != null)
                            {
                                return PyInt.Create(s.ReadBytes(ba.Data, 0, limit < ba.Count ? limit : ba.Count));
                            }
                            if (mv != null && !mv.ReadOnly)
                            {
                                return PyInt.Create(s.ReadBytes(mv.Data, mv.Offset, limit < mv.Length ? limit : mv.Length));
                            }
                            throw Err.Type("readinto() needs a writable buffer");
                        }
                    case 4:
                        Ops.CheckArgs("write", argc - 1, kwc, 1, 1);
                        return PyInt.Create(s.Write(args[1]));
                    case 5:
                        Ops.CheckArgs("seek", argc - 1, kwc, 1, 2);
                        return PyInt.Create(s.Seek(Ops.ToLong(args[1]), argc > 2 ? (int)Ops.ToLong(args[2]) : 0));
                    case 6:
                        return PyInt.Create(s.Seek(0, 1));
                    case 7:
                        s.Close();
                        return PyNone.None;
                    case 8:
                        if (s._file != null && !s._closed)
                        {
                            s._file.Flush();
                        }
                        return PyNone.None;
                    case 9:
                        {
                            if (s._file != null)
                            {
                                throw Err.Attribute("getvalue");
                            }
                            s.CheckOpen();
                            byte[] d = new byte[s._len];
                            System.Array.Copy(s._mem, d, s._len);
                            return s.Wrap(d);
                        }
                    case 10:
                        return s;
                    case 11:
                        s.Close();
                        return PyNone.None;
                    case 12:
                        return PyBool.From(s._readable);
                    case 13:
                        return PyBool.From(s._writable);
                    default:
                        // readall(): the rest of the stream (MicroPython 1.8.2's stream method; read() does the same).
                        Ops.CheckArgs("readall", argc - 1, kwc, 0, 0);
                        return s.Read(-1);
                }
            }
        }
    }
}
