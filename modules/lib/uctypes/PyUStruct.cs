using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>uctypes.struct: a view of a buffer through a descriptor; fields read and write the buffer.</summary>
    public sealed class PyUStruct : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("struct", StructTable.Instance, null)); }
        }

        private readonly object _buf;
        private readonly int _base;
        private readonly object _desc;
        private readonly bool _big;
        private readonly bool _native;

        /// <summary>A struct over buf (bytes or bytearray; null: an address outside every Python buffer, whose
        /// fields cannot be read or written but whose size can be asked) at offset bas. layout: 0 LITTLE_ENDIAN,
        /// 1 BIG_ENDIAN, 2 NATIVE (little-endian, sizes rounded up to the largest field).</summary>
        public PyUStruct(object buf, int bas, object desc, int layout)
        {
            _buf = buf;
            _base = bas;
            _desc = desc;
            _big = layout == 1;
            _native = layout == 2;
        }

        private int Layout
        {
            get { return _big ? 1 : _native ? 2 : 0; }
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public int Size
        {
            get { return UctypesModule.SizeOf(_desc, _native); }
        }

        private byte[] Data
        {
            get { return _buf is PyBytes ? ((PyBytes)_buf).Data : ((PyByteArray)_buf).Data; }
        }

        private void CheckRange(int off, int n)
        {
            if (_buf == null)
            {
                throw Err.Value("the struct's address is not a Python buffer (raw hardware addresses are not accessible here)");
            }
            int len = _buf is PyBytes ? ((PyBytes)_buf).Data.Length : ((PyByteArray)_buf).Count;
            if (off < 0 || off + n > len)
            {
                throw Err.Index("struct field outside the buffer");
            }
        }

        private ulong ReadRaw(int off, int size)
        {
            CheckRange(off, size);
            byte[] d = Data;
            ulong v = 0;
            for (int i = 0; i < size; i++)
            {
                int at = _big ? off + size - 1 - i : off + i;
                v |= (ulong)d[at] << (8 * i);
            }
            return v;
        }

        private void WriteRaw(int off, int size, ulong v)
        {
            CheckRange(off, size);
            if (_buf is PyBytes)
            {
                throw Err.Type("buffer is read-only");
            }
            byte[] d = Data;
            for (int i = 0; i < size; i++)
            {
                int at = _big ? off + size - 1 - i : off + i;
                d[at] = (byte)(v >> (8 * i));
            }
        }

        /// <summary>The value of a scalar spec (type | offset | bitfield) at base.</summary>
        internal object ReadScalar(long spec, int bas)
        {
            int type = (int)((spec >> 28) & 0xF);
            int off = bas + (int)(spec & UctypesModule.OffsetMask);
            int size = UctypesModule.ScalarSize(type);
            ulong raw = ReadRaw(off, size);
            if (type >= 8 && type <= 13)
            {
                int pos = (int)((spec >> UctypesModule.BfPos) & 31);
                int len = (int)((spec >> UctypesModule.BfLen) & 31);
                ulong v = (raw >> pos) & ((1UL << len) - 1);
                if ((type & 1) == 1 && len > 0 && ((v >> (len - 1)) & 1) != 0)
                {
                    return PyInt.Create((long)v - (1L << len));
                }
                return PyInt.Create((long)v);
            }
            switch (type)
            {
                case 1: return PyInt.Create((sbyte)raw);
                case 3: return PyInt.Create((short)raw);
                case 5: return PyInt.Create((int)raw);
                case 7: return PyInt.Create((long)raw);
                case 6: return PyBigInt.Make(false, BigNat.FromULong(raw));
                case 14: return new PyFloat(UstructModule.SingleToDouble((int)raw));
                case 15: return new PyFloat(System.BitConverter.Int64BitsToDouble((long)raw));
                default: return PyInt.Create((long)raw);
            }
        }

        internal void WriteScalar(long spec, int bas, object value)
        {
            int type = (int)((spec >> 28) & 0xF);
            int off = bas + (int)(spec & UctypesModule.OffsetMask);
            int size = UctypesModule.ScalarSize(type);
            if (type == 14)
            {
                WriteRaw(off, 4, (uint)UstructModule.SingleBits((float)Ops.ToDouble(value)));
                return;
            }
            if (type == 15)
            {
                WriteRaw(off, 8, (ulong)System.BitConverter.DoubleToInt64Bits(Ops.ToDouble(value)));
                return;
            }
            bool neg;
            uint[] mag;
            if (!PyBigInt.Split(value, out neg, out mag))
            {
                throw Err.Type("an integer is required");
            }
            ulong u = mag.Length == 0 ? 0 : mag.Length == 1 ? mag[0] : ((ulong)mag[1] << 32) | mag[0];
            ulong v = neg ? (ulong)(-(long)u) : u;
            if (type >= 8 && type <= 13)
            {
                int pos = (int)((spec >> UctypesModule.BfPos) & 31);
                int len = (int)((spec >> UctypesModule.BfLen) & 31);
                ulong mask = ((1UL << len) - 1) << pos;
                ulong raw = ReadRaw(off, size);
                raw = (raw & ~mask) | ((v << pos) & mask);
                WriteRaw(off, size, raw);
                return;
            }
            WriteRaw(off, size, v);
        }

        private object Field(object spec)
        {
            if (IntOps.IsInt(spec))
            {
                return ReadScalar(Ops.ToLong(spec), _base);
            }
            PyTuple t = (PyTuple)spec;
            long first = Ops.ToLong(t.Items[0]);
            int off = _base + (int)(first & UctypesModule.OffsetMask);
            long agg = (first >> 30) & 3;
            if (agg == 2)
            {
                return new PyUArray(this, off, t);
            }
            if (agg == 1)
            {
                long addr = (long)ReadRaw(off, 4);
                int target;
                object buf = UctypesModule.Resolve(addr, out target);
                return new PyUPointer(buf, target, t.Items[1], Layout);
            }
            return new PyUStruct(_buf, _base + (int)first, t.Items[1], Layout);
        }

        private object Spec(string name)
        {
            PyDict d = _desc as PyDict;
            return d != null ? d.GetStr(name) : null;
        }

        public override object GetAttr(string name)
        {
            object spec = Spec(name);
            if (spec == null)
            {
                return Ops.GenericGetAttr(this, name);
            }
            return Field(spec);
        }

        public override bool SetAttr(string name, object value)
        {
            object spec = Spec(name);
            if (spec == null || !IntOps.IsInt(spec))
            {
                return false;
            }
            WriteScalar(Ops.ToLong(spec), _base, value);
            return true;
        }

        public override string Repr()
        {
            return "<struct STRUCT " + Ops.HexId(this) + ">";
        }

        internal object BufferObject
        {
            get { return _buf; }
        }

        internal bool Native
        {
            get { return _native; }
        }

        private sealed class StructTable : ConstructorTable
        {
            private static StructTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static StructTable Instance
            {
                get { return s_instance ?? (s_instance = new StructTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("struct", argc, kwc, 2, 3);
                int off;
                // A struct may sit at any address; only reading or writing its fields needs a Python buffer there.
                object buf = UctypesModule.TryResolve(Ops.ToLong(args[0]), out off);
                if (!(args[1] is PyDict))
                {
                    throw Err.Type("descriptor must be a dict");
                }
                long layout = argc > 2 ? Ops.ToLong(args[2]) : 2;
                if (layout < 0 || layout > 2)
                {
                    throw Err.Value("layout must be LITTLE_ENDIAN, BIG_ENDIAN or NATIVE");
                }
                return new PyUStruct(buf, off, args[1], (int)layout);
            }
        }

        /// <summary>An array field: indexing reads/writes elements (scalars or sub-structs).</summary>
        internal sealed class PyUArray : PyObject
        {
            private static readonly PyType s_type = PyType.Native("array", null, null);
            private readonly PyUStruct _owner;
            private readonly int _off;
            private readonly PyTuple _spec;

            public PyUArray(PyUStruct owner, int off, PyTuple spec)
            {
                _owner = owner;
                _off = off;
                _spec = spec;
            }

            public override PyType Type
            {
                get { return s_type; }
            }

            private bool Aggregate
            {
                get { return _spec.Items.Length == 3; }
            }

            public override int Len()
            {
                return Aggregate ? (int)Ops.ToLong(_spec.Items[1]) : (int)(Ops.ToLong(_spec.Items[1]) & UctypesModule.OffsetMask);
            }

            /// <summary>uctypes.sizeof of the array: its length times the size of one element.</summary>
            public int Size
            {
                get
                {
                    if (Aggregate)
                    {
                        return Len() * UctypesModule.SizeOf(_spec.Items[2], _owner.Native);
                    }
                    return Len() * UctypesModule.ScalarSize((int)((Ops.ToLong(_spec.Items[1]) >> 28) & 0xF));
                }
            }

            private long ElemSpec(int i)
            {
                long et = Ops.ToLong(_spec.Items[1]);
                int type = (int)((et >> 28) & 0xF);
                return ((long)type << 28) | (long)(i * UctypesModule.ScalarSize(type));
            }

            public override object Iter()
            {
                return new PySeqGetItemIterator(this);
            }

            public override object GetItem(object key)
            {
                int i = Ops.SeqIndex(key, Len(), "array index out of range");
                if (Aggregate)
                {
                    int size = UctypesModule.SizeOf(_spec.Items[2], _owner.Native);
                    return new PyUStruct(_owner.BufferObject, _off + i * size, _spec.Items[2], _owner.Layout);
                }
                return _owner.ReadScalar(ElemSpec(i), _off);
            }

            public override void SetItem(object key, object value)
            {
                int i = Ops.SeqIndex(key, Len(), "array index out of range");
                if (Aggregate)
                {
                    throw Err.Type("can't assign to an aggregate element");
                }
                _owner.WriteScalar(ElemSpec(i), _off, value);
            }
        }

        /// <summary>A pointer field: p[i] reads the pointed-to scalar (or struct) i elements on.</summary>
        private sealed class PyUPointer : PyObject
        {
            private static readonly PyType s_type = PyType.Native("ptr", null, null);
            private readonly object _buf;
            private readonly int _off;
            private readonly object _target;
            private readonly int _layout;

            public PyUPointer(object buf, int off, object target, int layout)
            {
                _buf = buf;
                _off = off;
                _target = target;
                _layout = layout;
            }

            public override PyType Type
            {
                get { return s_type; }
            }

            public override object GetItem(object key)
            {
                int i = Ops.ToIndex(key);
                PyUStruct view = new PyUStruct(_buf, _off, null, _layout);
                if (_target is PyDict)
                {
                    return new PyUStruct(_buf, _off + i * UctypesModule.SizeOf(_target, _layout == 2), _target, _layout);
                }
                long t = Ops.ToLong(_target);
                int type = (int)((t >> 28) & 0xF);
                return view.ReadScalar(((long)type << 28) | (long)(i * UctypesModule.ScalarSize(type)), _off);
            }

            public override void SetItem(object key, object value)
            {
                int i = Ops.ToIndex(key);
                if (_target is PyDict)
                {
                    throw Err.Type("can't assign to an aggregate");
                }
                long t = Ops.ToLong(_target);
                int type = (int)((t >> 28) & 0xF);
                new PyUStruct(_buf, _off, null, _layout).WriteScalar(((long)type << 28) | (long)(i * UctypesModule.ScalarSize(type)), _off, value);
            }

            public override object GetAttr(string name)
            {
                if (_target is PyDict)
                {
                    return new PyUStruct(_buf, _off, _target, _layout).GetAttr(name);
                }
                return Ops.GenericGetAttr(this, name);
            }
        }
    }
}
