using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Types
{
    /// <summary>
    /// Methods of bytes and bytearray. Text-like methods run the str implementation on a text image of the bytes
    /// (one char per byte, see Image) and map the results back, so both types share one behaviour.
    /// </summary>
    public sealed class BytesTable : NativeTable
    {
        private static BytesTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static BytesTable Instance
        {
            get { return s_instance ?? (s_instance = new BytesTable()); }
        }

        private BytesTable() : base(new string[]
        {
            "decode", "count", "endswith", "find", "index", "isalpha", "isdigit", "islower", "isspace", "isupper",
            "join", "lower", "lstrip", "replace", "rfind", "rindex", "rsplit", "rstrip", "split", "startswith", "strip",
            "upper", "hex", "append", "extend", "pop", "insert", "remove", "reverse", "copy", "clear", "partition",
            "rpartition", "center", "ljust", "rjust", "zfill", "isalnum", "splitlines", "fromhex",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Decode = 0;
            public const int Count = 1;
            public const int EndsWith = 2;
            public const int Find = 3;
            public const int Index = 4;
            public const int IsAlpha = 5;
            public const int IsDigit = 6;
            public const int IsLower = 7;
            public const int IsSpace = 8;
            public const int IsUpper = 9;
            public const int Join = 10;
            public const int Lower = 11;
            public const int LStrip = 12;
            public const int Replace = 13;
            public const int RFind = 14;
            public const int RIndex = 15;
            public const int RSplit = 16;
            public const int RStrip = 17;
            public const int Split = 18;
            public const int StartsWith = 19;
            public const int Strip = 20;
            public const int Upper = 21;
            public const int Hex = 22;
            public const int Append = 23;
            public const int Extend = 24;
            public const int Pop = 25;
            public const int Insert = 26;
            public const int Remove = 27;
            public const int Reverse = 28;
            public const int Copy = 29;
            public const int Clear = 30;
            public const int Partition = 31;
            public const int RPartition = 32;
            public const int Center = 33;
            public const int LJust = 34;
            public const int RJust = 35;
            public const int ZFill = 36;
            public const int IsAlnum = 37;
            public const int SplitLines = 38;
            public const int FromHex = 39;
        }

        public override int Kind(int id)
        {
            return id == Id.FromHex ? MemberClass : MemberMethod;
        }

        /// <summary>The text image of bytes for the str methods: ASCII as itself, bytes 0x80-0xFF as private-use chars
        /// (U+E080-U+E0FF), which are no letters, digits or spaces and have no case, so that b'\xff'.upper() and
        /// b'\xa0'.strip() leave them alone, as CPython's ASCII-only bytes methods do.</summary>
        private static string Image(byte[] d, int n)
        {
            char[] c = new char[n];
            for (int i = 0; i < n; i++)
            {
                int b = d[i];
                c[i] = (char)(b < 0x80 ? b : 0xE000 + b);
            }
            return new string(c);
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            bool array = cls.IsSubtypeOf(PyByteArray.TypeObject);
            byte[] data;
            object src = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "source");
            object enc = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "encoding");
            if (argc > 3 || (enc != null && !(src is string)))
            {
                throw Err.Type(argc > 3 ? "too many arguments" : "encoding without a string argument");
            }
            if (src == null)
            {
                data = new byte[0];
            }
            else if (src is string)
            {
                if (enc == null && !array)
                {
                    throw Err.Type("string argument without an encoding");
                }
                // bytearray(str) without an encoding takes the str's UTF-8 bytes: in MicroPython 1.8.2 a str
                // has the buffer protocol (CPython refuses).
                data = Utf8.Encode((string)src);
            }
            else if (IntOps.IsInt(src))
            {
                long n = Ops.ToLong(src);
                if (n < 0)
                {
                    throw Err.Value("negative count");
                }
                Err.Reserve(n, 1);
                data = new byte[n];
            }
            else
            {
                data = BytesOps.ToBytes(src);
                if (array && (src is PyBytes))
                {
                    data = (byte[])data.Clone();
                }
            }
            return array ? (object)new PyByteArray(data, data.Length) : new PyBytes(data);
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            if (id == Id.FromHex)
            {
                string hex = args[1] as string;
                PyByteArray outArr = new PyByteArray(new byte[8], 0);
                int i = 0;
                while (i < hex.Length)
                {
                    if (hex[i] == ' ')
                    {
                        i++;
                        continue;
                    }
                    int hi = i < hex.Length ? Numbers.DigitValue(hex[i]) : -1;
                    int lo = i + 1 < hex.Length ? Numbers.DigitValue(hex[i + 1]) : -1;
                    if (hi < 0 || hi > 15 || lo < 0 || lo > 15)
                    {
                        throw Err.Value("non-hexadecimal number found in fromhex() arg at position " + Ops.IntToString(i));
                    }
                    outArr.Append((byte)(hi * 16 + lo));
                    i += 2;
                }
                byte[] r = new byte[outArr.Count];
                System.Array.Copy(outArr.Data, r, r.Length);
                PyType ct = args[0] as PyType;
                return ct != null && ct.IsSubtypeOf(PyByteArray.TypeObject) ? (object)new PyByteArray(r, r.Length) : new PyBytes(r);
            }
            object self = Ops.NativeSelf(args[0]);
            PyByteArray ba = self as PyByteArray;
            PyBytes b = self as PyBytes;
            if (ba == null && b == null)
            {
                throw Err.Type("descriptor requires a bytes object");
            }
            byte[] d = b != null ? b.Data : ba.Data;
            int n = b != null ? b.Data.Length : ba.Count;
            bool array = ba != null;
            string name = Names[id];
            switch (id)
            {
                case Id.Decode:
                    {
                        object encv = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "encoding");
                        int codec = encv == null ? 0 : Utf8.Codec(Ops.Str(encv));
                        return Utf8.DecodeAs(codec, d, n);
                    }
                case Id.Hex:
                    {
                        char[] c = new char[n * 2];
                        for (int i = 0; i < n; i++)
                        {
                            c[2 * i] = Ops.HexDigit(d[i] >> 4);
                            c[2 * i + 1] = Ops.HexDigit(d[i] & 15);
                        }
                        return new string(c);
                    }
                case Id.Append:
                case Id.Extend:
                case Id.Pop:
                case Id.Insert:
                case Id.Remove:
                case Id.Reverse:
                case Id.Clear:
                    if (!array)
                    {
                        throw Err.Attribute("'bytes' object has no attribute '" + name + "'");
                    }
                    return Mutate(ba, id, args, argc, kwc);
                case Id.Copy:
                    return array ? (object)new PyByteArray((byte[])BytesOps.ToBytes(ba).Clone(), n) : b;
            }
            // Text-like: run the str method on the bytes' text image.
            int strId = StrTable.Instance.IndexOf(name);
            object[] a = new object[argc + 2 * kwc];
            a[0] = Image(d, n);
            for (int i = 1; i < argc + 2 * kwc; i++)
            {
                object v = args[i];
                if (i < argc && (v is PyBytes || v is PyByteArray || v is PyMemoryView))
                {
                    byte[] vb = BytesOps.ToBytes(v);
                    v = Image(vb, vb.Length);
                }
                else if (i < argc && v is PyTuple)
                {
                    object[] t = ((PyTuple)v).Items;
                    object[] tc = new object[t.Length];
                    for (int k = 0; k < t.Length; k++)
                    {
                        byte[] tb = BytesOps.ToBytes(t[k]);
                        tc[k] = Image(tb, tb.Length);
                    }
                    v = new PyTuple(tc);
                }
                else if (i == 1 && (id == Id.Count || id == Id.Find || id == Id.Index || id == Id.RFind || id == Id.RIndex) && IntOps.IsInt(v))
                {
                    // count, find, index, rfind and rindex also take a byte value.
                    long bv = Ops.ToLong(v);
                    if (bv < 0 || bv > 255)
                    {
                        throw Err.Value("byte must be in range(0, 256)");
                    }
                    v = Image(new byte[] { (byte)bv }, 1);
                }
                else if (i < argc && v is string && name != "decode")
                {
                    throw Err.Type("a bytes-like object is required, not 'str'");
                }
                a[i] = v;
            }
            if (id == Id.Join)
            {
                object[] items = Ops.ToArray(args[1]);
                object[] conv = new object[items.Length];
                for (int k = 0; k < items.Length; k++)
                {
                    byte[] ib = BytesOps.ToBytes(items[k]);
                    conv[k] = Image(ib, ib.Length);
                }
                a[1] = new PyList(conv, conv.Length);
            }
            object r2 = StrTable.Instance.Call(strId, a, argc, kwc);
            if (!array && r2 is string && (string)r2 == (string)a[0])
            {
                // Unchanged (e.g. nothing to strip): the same immutable bytes object, as CPython gives.
                return b;
            }
            return Back(r2, array);
        }

        private static object Back(object r, bool array)
        {
            string s = r as string;
            if (s != null)
            {
                byte[] d = BytesOps.FromLatin1(s);
                return array ? (object)new PyByteArray(d, d.Length) : new PyBytes(d);
            }
            PyList l = r as PyList;
            if (l != null)
            {
                for (int i = 0; i < l.Count; i++)
                {
                    l.Items[i] = Back(l.Items[i], array);
                }
                return l;
            }
            PyTuple t = r as PyTuple;
            if (t != null)
            {
                object[] items = new object[t.Items.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = Back(t.Items[i], array);
                }
                return new PyTuple(items);
            }
            return r;
        }

        private static object Mutate(PyByteArray ba, int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.Append:
                    {
                        Ops.CheckArgs("append", argc - 1, kwc, 1, 1);
                        long v = Ops.ToLong(args[1]);
                        if (v < 0 || v > 255)
                        {
                            throw Err.Value("byte must be in range(0, 256)");
                        }
                        ba.Append((byte)v);
                        return PyNone.None;
                    }
                case Id.Extend:
                    {
                        byte[] src = BytesOps.ToBytes(args[1]);
                        for (int i = 0; i < src.Length; i++)
                        {
                            ba.Append(src[i]);
                        }
                        return PyNone.None;
                    }
                case Id.Pop:
                    {
                        if (argc > 1 && args[1] is PyBigInt)
                        {
                            throw Err.Overflow("Python int too large to convert to C ssize_t");
                        }
                        if (ba.Count == 0)
                        {
                            throw Err.Index("pop from empty bytearray");
                        }
                        int i = argc > 1 ? Ops.SeqIndex(args[1], ba.Count, "pop index out of range") : ba.Count - 1;
                        byte v = ba.Data[i];
                        ba.DelItem(PyInt.Create(i));
                        return PyInt.Create(v);
                    }
                case Id.Insert:
                    {
                        int i = Ops.ToSize(args[1]);
                        if (i < 0)
                        {
                            i += ba.Count;
                        }
                        i = i < 0 ? 0 : i > ba.Count ? ba.Count : i;
                        long v = Ops.ToLong(args[2]);
                        ba.SetItem(new PySlice(PyInt.Create(i), PyInt.Create(i), PyNone.None), new PyBytes(new byte[] { (byte)v }));
                        return PyNone.None;
                    }
                case Id.Remove:
                    {
                        long v = Ops.ToLong(args[1]);
                        for (int i = 0; i < ba.Count; i++)
                        {
                            if (ba.Data[i] == v)
                            {
                                ba.DelItem(PyInt.Create(i));
                                return PyNone.None;
                            }
                        }
                        throw Err.Value("value not found in bytearray");
                    }
                case Id.Reverse:
                    Ops.ReverseBytes(ba.Data, ba.Count);
                    return PyNone.None;
                default:
                    ba.Count = 0;
                    return PyNone.None;
            }
        }
    }
}
