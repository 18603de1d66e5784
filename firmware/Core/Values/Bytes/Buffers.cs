using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>
    /// The buffer protocol, in one place (MicroPython's mp_get_buffer): the live storage of bytes, bytearray,
    /// memoryview and of any object whose Buffer() gives one (array), as storage, start and length in bytes, without
    /// copying. Modules read and fill buffers through it (machine, usocket, sys.stdin.buffer, ubinascii, os VFS).
    /// </summary>
    public static class Buffers
    {
        /// <summary>The storage behind o, its start and its length in bytes, or null when o has no buffer or, with
        /// writable, when its buffer is read-only (bytes, a memoryview of bytes). Subclass instances give their base's.</summary>
        public static byte[] Get(object o, bool writable, out int offset, out int length)
        {
            offset = 0;
            length = 0;
            o = Ops.NativeSelf(o);
            PyBytes b = o as PyBytes;
            if (b != null)
            {
                if (writable)
                {
                    return null;
                }
                length = b.Data.Length;
                return b.Data;
            }
            PyByteArray ba = o as PyByteArray;
            if (ba != null)
            {
                length = ba.Count;
                return ba.Data;
            }
            PyMemoryView mv = o as PyMemoryView;
            if (mv != null)
            {
                if (writable && mv.ReadOnly)
                {
                    return null;
                }
                offset = mv.Offset;
                length = mv.Length;
                return mv.Data;
            }
            PyObject po = o as PyObject;
            if (po == null)
            {
                return null;
            }
            int itemSize;
            byte[] data = po.Buffer(out length, out itemSize);
            if (data == null)
            {
                length = 0;
            }
            return data;
        }

        /// <summary>As Get for reading, and a str gives its UTF-8 bytes (str has a read-only buffer in
        /// MicroPython).</summary>
        public static byte[] GetReadable(object o, out int offset, out int length)
        {
            string s = o as string;
            if (s != null)
            {
                byte[] d = Utf8.Encode(s);
                offset = 0;
                length = d.Length;
                return d;
            }
            return Get(o, false, out offset, out length);
        }

        /// <summary>Whether o has the buffer protocol.</summary>
        public static bool Has(object o)
        {
            int offset;
            int length;
            return Get(o, false, out offset, out length) != null;
        }

        /// <summary>The bytes of o's buffer as an array of their own (bytes give their immutable array itself);
        /// TypeError when o has no buffer.</summary>
        public static byte[] BytesOf(object o)
        {
            int offset;
            int length;
            byte[] data = Get(o, false, out offset, out length);
            if (data == null)
            {
                throw Err.Type("a bytes-like object is required, not '" + Ops.TypeName(o) + "'");
            }
            if (offset == 0 && length == data.Length && Ops.NativeSelf(o) is PyBytes)
            {
                return data;
            }
            byte[] c = new byte[length];
            System.Array.Copy(data, offset, c, 0, length);
            return c;
        }
    }
}
