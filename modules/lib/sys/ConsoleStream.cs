using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Runtime;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>sys.stdin / sys.stdout / sys.stderr: text streams over the platform console; their .buffer is the
    /// binary stream over the same console (bytes as they are: no UTF-8, no newline cooking).</summary>
    public sealed class ConsoleStream : PyObject, IPollable
    {
        /// <summary>stdin is readable when the console has bytes waiting; stdout/stderr are always writable.</summary>
        public int Poll(int events)
        {
            IConsole con = Platform.Console;
            int r = 0;
            if ((events & 1) != 0 && con != null && con.Available() > 0)
            {
                r |= 1;
            }
            return r | (events & 4);
        }

        private static PyType s_typeObject;


        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a

        /// static initializer must not read another type's statics (its table, base type, object).</summary>

        public static PyType TypeObject

        {

            get { return s_typeObject ?? (s_typeObject = PyType.Native("TextIOWrapper", StreamTable.Instance, null)); }

        }

        private static PyType s_binaryType;

        public static PyType BinaryTypeObject
        {
            get { return s_binaryType ?? (s_binaryType = PyType.Native("FileIO", StreamTable.Instance, null)); }
        }

        public readonly int Fd;
        public readonly bool Binary;
        private ConsoleStream _buffer;

        public ConsoleStream(int fd)
        {
            Fd = fd;
        }

        private ConsoleStream(int fd, bool binary)
        {
            Fd = fd;
            Binary = binary;
        }

        public override object GetAttr(string name)
        {
            if (name == "buffer" && !Binary)
            {
                return _buffer ?? (_buffer = new ConsoleStream(Fd, true));
            }
            return base.GetAttr(name);
        }

        /// <summary>Reads up to count bytes (fewer only at end of input) into buf at offset.</summary>
        private static int ReadInto(IConsole c, byte[] buf, int offset, int count)
        {
            int n = 0;
            while (n < count)
            {
                int b = c == null ? -1 : c.ReadByte();
                if (b < 0)
                {
                    break;
                }
                buf[offset + n++] = (byte)b;
            }
            return n;
        }

        /// <summary>The bytes, start and length of a buffer argument (Buffers; writable for readinto).</summary>
        private static byte[] BufferOf(object o, bool writable, out int offset, out int length)
        {
            byte[] d = Buffers.Get(o, writable, out offset, out length);
            if (d == null)
            {
                throw Err.Type(writable ? "readinto() needs a writable buffer" : "object with buffer protocol required");
            }
            return d;
        }

        public override PyType Type
        {
            get { return Binary ? BinaryTypeObject : TypeObject; }
        }

        public override string Repr()
        {
            return (Binary ? "<io.FileIO " : "<io.TextIOWrapper ") + Ops.IntToString(Fd) + ">";
        }

        public override object Iter()
        {
            return this;
        }

        public override object Next()
        {
            string line = ReadLine(-1);
            return line.Length == 0 ? null : line;
        }

        public static IConsole Console
        {
            get
            {
                Interp interp = Interp.Current;
                return interp != null && interp.Console != null ? interp.Console : Platform.Console;
            }
        }

        public static string ReadLine(int limit)
        {
            IConsole c = Console;
            StrBuf sb = new StrBuf();
            byte[] pending = new byte[4];
            int np = 0;
            while (limit < 0 || sb.Length < limit)
            {
                int b = c == null ? -1 : c.ReadByte();
                if (b < 0)
                {
                    break;
                }
                pending[np++] = (byte)b;
                int need = pending[0] < 0x80 ? 1 : pending[0] >= 0xF0 ? 4 : pending[0] >= 0xE0 ? 3 : 2;
                if (np < need)
                {
                    continue;
                }
                sb.Append(Utf8.Decode(pending, 0, np));
                np = 0;
                if (b == '\n')
                {
                    break;
                }
            }
            return sb.ToString();
        }

        private sealed class StreamTable : NativeTable
        {
            private static StreamTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static StreamTable Instance
            {
                get { return s_instance ?? (s_instance = new StreamTable()); }
            }

            private StreamTable() : base(new string[] { "write", "read", "readline", "flush", "fileno", "readinto" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Write = 0;
                public const int Read = 1;
                public const int ReadLine = 2;
                public const int Flush = 3;
                public const int FileNo = 4;
                public const int ReadInto = 5;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                ConsoleStream self = (ConsoleStream)args[0];
                IConsole c = Console;
                if (self.Binary && id != Id.Flush && id != Id.FileNo)
                {
                    return CallBinary(id, args, argc, kwc, c);
                }
                switch (id)
                {
                    case Id.Write:
                        {
                            Ops.CheckArgs("write", argc, kwc, 2, 2);
                            string s = args[1] as string;
                            if (s != null)
                            {
                                if (c != null)
                                {
                                    c.Write(s);
                                }
                                return PyInt.Create(s.Length);
                            }
                            PyBytes b = args[1] as PyBytes;
                            if (b != null)
                            {
                                if (c != null)
                                {
                                    c.WriteBytes(b.Data, 0, b.Data.Length);
                                }
                                return PyInt.Create(b.Data.Length);
                            }
                            PyByteArray ba = args[1] as PyByteArray;
                            if (ba != null)
                            {
                                if (c != null)
                                {
                                    c.WriteBytes(ba.Data, 0, ba.Count);
                                }
                                return PyInt.Create(ba.Count);
                            }
                            throw Err.Type("write() argument must be str, not " + Ops.TypeName(args[1]));
                        }
                    case Id.Read:
                        {
                            int n = argc > 1 && args[1] != (object)PyNone.None ? (int)Ops.ToLong(args[1]) : -1;
                            StrBuf sb = new StrBuf();
                            while (n < 0 || sb.Length < n)
                            {
                                string part = ReadLine(n < 0 ? -1 : n - sb.Length);
                                if (part.Length == 0)
                                {
                                    break;
                                }
                                sb.Append(part);
                            }
                            return sb.ToString();
                        }
                    case Id.ReadLine:
                        return ReadLine(argc > 1 && args[1] != (object)PyNone.None ? (int)Ops.ToLong(args[1]) : -1);
                    case Id.Flush:
                        if (c != null)
                        {
                            c.Flush();
                        }
                        return PyNone.None;
                    case Id.FileNo:
                        return PyInt.Create(self.Fd);
                    case Id.ReadInto:
                        throw Err.OS(OsErrno.EINVAL, "EINVAL");
                }
                return PyNone.None;
            }

            /// <summary>write(buf[, n]), read([n]), readline(), readinto(buf[, n]) of the binary stream.</summary>
            private static object CallBinary(int id, object[] args, int argc, int kwc, IConsole c)
            {
                int off;
                int len;
                switch (id)
                {
                    case Id.Write:
                        {
                            Ops.CheckArgs("write", argc, kwc, 2, 3);
                            byte[] d = BufferOf(args[1], false, out off, out len);
                            if (argc > 2 && Ops.ToLong(args[2]) < len)
                            {
                                len = (int)Ops.ToLong(args[2]);
                            }
                            if (c != null && len > 0)
                            {
                                c.WriteBytes(d, off, len);
                            }
                            return PyInt.Create(len < 0 ? 0 : len);
                        }
                    case Id.Read:
                    case Id.ReadLine:
                        {
                            int n = argc > 1 && args[1] != (object)PyNone.None ? (int)Ops.ToLong(args[1]) : -1;
                            byte[] buf = new byte[n >= 0 ? n : 64];
                            int got = 0;
                            while (n < 0 || got < n)
                            {
                                if (got == buf.Length)
                                {
                                    byte[] g = new byte[buf.Length * 2];
                                    System.Array.Copy(buf, g, got);
                                    buf = g;
                                }
                                int b = c == null ? -1 : c.ReadByte();
                                if (b < 0)
                                {
                                    break;
                                }
                                buf[got++] = (byte)b;
                                if (id == Id.ReadLine && b == '\n')
                                {
                                    break;
                                }
                            }
                            byte[] r = new byte[got];
                            System.Array.Copy(buf, r, got);
                            return new PyBytes(r);
                        }
                    default:
                        {
                            Ops.CheckArgs("readinto", argc, kwc, 2, 3);
                            byte[] d = BufferOf(args[1], true, out off, out len);
                            if (argc > 2 && Ops.ToLong(args[2]) < len)
                            {
                                len = (int)Ops.ToLong(args[2]);
                            }
                            return PyInt.Create(ReadInto(c, d, off, len < 0 ? 0 : len));
                        }
                }
            }
        }
    }
}
