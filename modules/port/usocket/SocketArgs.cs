using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules
{
    /// <summary>Argument helpers of the socket methods (CPython's messages).</summary>
    public static class SocketArgs
    {
        /// <summary>A bytes-like object (bytes, bytearray, memoryview, array: Buffers; a str has none here, as in CPython).</summary>
        public static byte[] ReadBuf(object o, out int offset, out int count)
        {
            byte[] d = Buffers.Get(o, false, out offset, out count);
            if (d == null)
            {
                throw Err.Type("a bytes-like object is required, not '" + Ops.TypeName(o) + "'");
            }
            return d;
        }

        /// <summary>setsockopt value: an int, or a buffer whose first (up to 4, little-endian) bytes give it.</summary>
        public static int OptionValue(object v)
        {
            if (v is PyInt || v is PyBool)
            {
                return (int)Ops.ToLong(v);
            }
            int off;
            int n;
            byte[] b = ReadBuf(v, out off, out n);
            int r = 0;
            for (int i = (n > 4 ? 4 : n) - 1; i >= 0; i--)
            {
                r = (r << 8) | b[off + i];
            }
            return r;
        }

        /// <summary>makefile modes: binary only ('rb', 'wb', 'rwb' and their permutations).</summary>
        public static void CheckMode(object m)
        {
            string s = m as string;
            if (s == null)
            {
                throw Err.Type("makefile() mode must be str, not " + Ops.TypeName(m));
            }
            bool b = false;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == 'b')
                {
                    b = true;
                }
                else if (c != 'r' && c != 'w')
                {
                    throw Err.Value("invalid mode '" + s + "' (only 'rb', 'wb' and 'rwb' are supported)");
                }
            }
            if (!b)
            {
                throw Err.Value("invalid mode '" + s + "' (only binary modes 'rb' and 'wb' are supported)");
            }
        }
    }
}
