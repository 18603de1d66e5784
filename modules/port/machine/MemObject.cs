using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules.Machine
{
    /// <summary>
    /// machine.mem8, mem16, mem32: memory[address] reads and memory[address] = v writes an unsigned little-endian
    /// item of 1, 2 or 4 bytes. There is no raw memory access: the address space is the one uctypes.addressof()
    /// hands out (Python bytes and bytearrays), bounds-checked; any other address, or an item reaching past the end
    /// of its buffer, is OSError(EFAULT), as on MicroPython's unix port when /dev/mem cannot be mapped. An address
    /// not aligned to the item size is a ValueError, as in MicroPython 1.8.2.
    /// </summary>
    public sealed class MemObject : PyObject
    {
        private const int EFAULT = 14;
        private static PyType s_typeObject;
        private static MemObject[] s_mems;

        private static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("mem", null, null)); }
        }

        private readonly int _size;

        private MemObject(int size)
        {
            _size = size;
        }

        /// <summary>mem8 (size 1), mem16 (2) or mem32 (4), one object each.</summary>
        public static MemObject Get(int size)
        {
            if (s_mems == null)
            {
                s_mems = new MemObject[] { new MemObject(1), new MemObject(2), new MemObject(4) };
            }
            return s_mems[size == 1 ? 0 : size == 2 ? 1 : 2];
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override string Repr()
        {
            return "<" + Ops.IntToString(8 * _size) + "-bit memory>";
        }

        /// <summary>The buffer holding the item at key (bytes or bytearray) and the item's offset in it.</summary>
        private object Locate(object key, out byte[] data, out int at)
        {
            long addr = Ops.ToLong(key) & 0xFFFFFFFFL;
            if ((addr & (_size - 1)) != 0)
            {
                string hex = Numbers.ToBase(PyInt.Create(addr), 16, "");
                while (hex.Length < 8)
                {
                    hex = "0" + hex;
                }
                throw Err.Value("address " + hex + " is not aligned to " + Ops.IntToString(_size) + " bytes");
            }
            object buf = UctypesModule.TryResolve(addr, out at);
            if (buf == null)
            {
                throw Err.OS(EFAULT);
            }
            PyByteArray ba = buf as PyByteArray;
            data = ba != null ? ba.Data : ((PyBytes)buf).Data;
            int len = ba != null ? ba.Count : data.Length;
            if (at + _size > len)
            {
                throw Err.OS(EFAULT);
            }
            return buf;
        }

        public override object GetItem(object key)
        {
            byte[] d;
            int at;
            Locate(key, out d, out at);
            long v = 0;
            for (int k = _size - 1; k >= 0; k--)
            {
                v = (v << 8) | d[at + k];
            }
            return PyInt.Create(v);
        }

        public override void SetItem(object key, object value)
        {
            byte[] d;
            int at;
            if (Locate(key, out d, out at) is PyBytes)
            {
                // bytes are immutable: their memory is read-only.
                throw Err.OS(EFAULT);
            }
            long v = Ops.ToLong(value);
            for (int k = 0; k < _size; k++)
            {
                d[at + k] = (byte)(v >> (8 * k));
            }
        }
    }
}
