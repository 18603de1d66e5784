using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>
    /// uctypes: structured access to binary data in buffers. Addresses are handed out by addressof() for Python
    /// buffers (a registry maps them back to the buffer); raw hardware addresses are refused with a clear error.
    /// Encoding: offset in bits 0-16, bitfield position at BF_POS (17) and length at BF_LEN (22), scalar type in
    /// bits 28-31, aggregate kind (PTR, ARRAY) in bits 30-31 of a tuple's first element.
    /// </summary>
    public sealed class UctypesModule : NativeModule
    {
        private static UctypesModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UctypesModule Instance
        {
            get { return s_instance ?? (s_instance = new UctypesModule()); }
        }

        public const long OffsetMask = 0x1FFFF;
        public const int BfPos = 17;
        public const int BfLen = 22;
        public const long Ptr = 1L << 30;
        public const long Array = 2L << 30;

        private static object[] s_buffers = new object[8];
        private static int s_count;
        private const long AddrBase = 0x20000000;
        private const long AddrStride = 0x100000;

        private static readonly string[] s_types =
        {
            "UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64", "BFUINT8", "BFINT8", "BFUINT16",
            "BFINT16", "BFUINT32", "BFINT32", "FLOAT32", "FLOAT64",
        };

        private UctypesModule() : base("uctypes", new string[]
        {
            "struct", "sizeof", "addressof", "bytes_at", "bytearray_at",
            "LITTLE_ENDIAN", "BIG_ENDIAN", "NATIVE", "PTR", "ARRAY", "BF_POS", "BF_LEN",
            "UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64", "BFUINT8", "BFINT8", "BFUINT16",
            "BFINT16", "BFUINT32", "BFINT32", "FLOAT32", "FLOAT64", "VOID",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Struct = 0;
            public const int SizeOf = 1;
            public const int AddressOf = 2;
            public const int BytesAt = 3;
            public const int ByteArrayAt = 4;
            public const int LITTLE_ENDIAN = 5;
            public const int BIG_ENDIAN = 6;
            public const int NATIVE = 7;
            public const int PTR = 8;
            public const int ARRAY = 9;
            public const int BF_POS = 10;
            public const int BF_LEN = 11;
            public const int UINT8 = 12;
            public const int INT8 = 13;
            public const int UINT16 = 14;
            public const int INT16 = 15;
            public const int UINT32 = 16;
            public const int INT32 = 17;
            public const int UINT64 = 18;
            public const int INT64 = 19;
            public const int BFUINT8 = 20;
            public const int BFINT8 = 21;
            public const int BFUINT16 = 22;
            public const int BFINT16 = 23;
            public const int BFUINT32 = 24;
            public const int BFINT32 = 25;
            public const int FLOAT32 = 26;
            public const int FLOAT64 = 27;
            public const int VOID = 28;
        }

        public override int Kind(int id)
        {
            return id == Id.Struct ? MemberValue : id < Id.LITTLE_ENDIAN ? MemberStatic : MemberValue;
        }

        public override object GetValue(int id)
        {
            switch (id)
            {
                case Id.Struct: return PyUStruct.TypeObject;
                case Id.LITTLE_ENDIAN: return PyInt.Create(0);
                case Id.BIG_ENDIAN: return PyInt.Create(1);
                case Id.NATIVE: return PyInt.Create(2);
                case Id.PTR: return PyInt.Create(Ptr);
                case Id.ARRAY: return PyInt.Create(Array);
                case Id.BF_POS: return PyInt.Create(BfPos);
                case Id.BF_LEN: return PyInt.Create(BfLen);
                case Id.VOID: return PyInt.Create(0);
                default: return PyInt.Create((long)(id - 12) << 28);
            }
        }

        /// <summary>A fake address for a Python buffer (stable per buffer).</summary>
        public static long AddressOf(object buf)
        {
            if (!(buf is PyBytes || buf is PyByteArray))
            {
                PyMemoryView mv = buf as PyMemoryView;
                if (mv != null)
                {
                    return AddressOf(mv.Source) + mv.Offset;
                }
                throw Err.Type("object with buffer protocol required");
            }
            for (int i = 0; i < s_count; i++)
            {
                if (s_buffers[i] == buf)
                {
                    return AddrBase + i * AddrStride;
                }
            }
            if (s_count == s_buffers.Length)
            {
                object[] g = new object[s_count * 2];
                System.Array.Copy(s_buffers, g, s_count);
                s_buffers = g;
            }
            s_buffers[s_count] = buf;
            return AddrBase + (s_count++) * AddrStride;
        }

        /// <summary>The buffer and offset behind an address from addressof().</summary>
        public static object Resolve(long addr, out int offset)
        {
            object buf = TryResolve(addr, out offset);
            if (buf == null)
            {
                throw Err.Value("address 0x" + Numbers.ToBase(PyInt.Create(addr), 16, "") + " is not a Python buffer (raw hardware addresses are not accessible here)");
            }
            return buf;
        }

        /// <summary>The buffer (bytes or bytearray) and offset behind an address from addressof(); null for an
        /// address outside every buffer handed out.</summary>
        public static object TryResolve(long addr, out int offset)
        {
            long rel = addr - AddrBase;
            int i = rel < 0 ? -1 : (int)(rel / AddrStride);
            offset = 0;
            if (i < 0 || i >= s_count)
            {
                return null;
            }
            offset = (int)(rel - i * AddrStride);
            return s_buffers[i];
        }

        public static int ScalarSize(int type)
        {
            switch (type)
            {
                case 0:
                case 1:
                case 8:
                case 9:
                    return 1;
                case 2:
                case 3:
                case 10:
                case 11:
                    return 2;
                case 6:
                case 7:
                case 15:
                    return 8;
                default:
                    return 4;
            }
        }

        /// <summary>Size in bytes of a descriptor (dict) or a field spec in the NATIVE layout.</summary>
        public static int SizeOf(object desc)
        {
            return SizeOf(desc, true);
        }

        /// <summary>Size in bytes of a descriptor (dict) or a field spec. In the NATIVE layout a struct's size is
        /// rounded up to its largest scalar (MicroPython 1.8.2's alignment rule, with the running maximum carried
        /// into nested structs as it does); LITTLE_ENDIAN and BIG_ENDIAN structs are packed.</summary>
        public static int SizeOf(object desc, bool native)
        {
            int max = 0;
            return SizeOf(desc, native, ref max);
        }

        private static int SizeOf(object desc, bool native, ref int maxField)
        {
            PyDict d = desc as PyDict;
            if (d == null)
            {
                return FieldEnd(desc, native, ref maxField);
            }
            int total = 0;
            for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
            {
                int end = FieldEnd(d.ValueAt(i), native, ref maxField);
                if (end > total)
                {
                    total = end;
                }
            }
            if (native && maxField > 1)
            {
                total = (total + maxField - 1) / maxField * maxField;
            }
            return total;
        }

        private static int FieldEnd(object spec, bool native, ref int maxField)
        {
            if (IntOps.IsInt(spec))
            {
                long v = Ops.ToLong(spec);
                int size = ScalarSize((int)((v >> 28) & 0xF));
                if (size > maxField)
                {
                    maxField = size;
                }
                return (int)(v & OffsetMask) + size;
            }
            PyTuple t = spec as PyTuple;
            if (t == null || t.Items.Length < 2)
            {
                throw Err.Type("bad uctypes descriptor");
            }
            long first = Ops.ToLong(t.Items[0]);
            int off = (int)(first & OffsetMask);
            long agg = (first >> 30) & 3;
            if (agg == 1)
            {
                if (PtrSize > maxField)
                {
                    maxField = PtrSize;
                }
                return off + PtrSize;
            }
            if (agg == 2)
            {
                if (t.Items.Length == 3)
                {
                    return off + (int)Ops.ToLong(t.Items[1]) * SizeOf(t.Items[2], native, ref maxField);
                }
                long et = Ops.ToLong(t.Items[1]);
                int size = ScalarSize((int)((et >> 28) & 0xF));
                if (size > maxField)
                {
                    maxField = size;
                }
                return off + (int)(et & OffsetMask) * size;
            }
            return (int)first + SizeOf(t.Items[1], native, ref maxField);
        }

        /// <summary>Bytes of a PTR field: the board's addresses are 32-bit.</summary>
        public const int PtrSize = 4;

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            switch (id)
            {
                case Id.SizeOf:
                    {
                        Ops.CheckArgs("sizeof", argc, kwc, 1, 1);
                        PyUStruct s = args[0] as PyUStruct;
                        if (s != null)
                        {
                            return PyInt.Create(s.Size);
                        }
                        PyByteArray ba = args[0] as PyByteArray;
                        if (ba != null)
                        {
                            return PyInt.Create(ba.Count);
                        }
                        PyUStruct.PyUArray a = args[0] as PyUStruct.PyUArray;
                        if (a != null)
                        {
                            return PyInt.Create(a.Size);
                        }
                        if (!(args[0] is PyDict || args[0] is PyTuple))
                        {
                            // A scalar (a field's value, or a bare type code) has no uctypes size.
                            throw Err.Type("struct, descriptor dict or field descriptor required");
                        }
                        return PyInt.Create(SizeOf(args[0]));
                    }
                case Id.AddressOf:
                    Ops.CheckArgs("addressof", argc, kwc, 1, 1);
                    return PyInt.Create(AddressOf(args[0]));
                default:
                    {
                        Ops.CheckArgs(Names[id], argc, kwc, 2, 2);
                        int off;
                        object buf = Resolve(Ops.ToLong(args[0]), out off);
                        long n = Ops.ToLong(args[1]);
                        byte[] data = buf is PyBytes ? ((PyBytes)buf).Data : ((PyByteArray)buf).Data;
                        int len = buf is PyBytes ? data.Length : ((PyByteArray)buf).Count;
                        if (n < 0 || off + n > len)
                        {
                            throw Err.Value("size out of range of the buffer");
                        }
                        if (id == Id.BytesAt)
                        {
                            byte[] r = new byte[n];
                            System.Array.Copy(data, off, r, 0, (int)n);
                            return new PyBytes(r);
                        }
                        return new PyMemoryView((PyObject)buf, off, (int)n);
                    }
            }
        }
    }
}
