using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>
    /// The operations on bytes and bytearray data that the object model uses (slicing, repr, concatenation,
    /// comparison); the Python-visible methods are BytesTable's (firmware/Core/Types).
    /// </summary>
    public static class BytesOps
    {
        /// <summary>Bytes of a Latin-1 string or of an Image.</summary>
        public static byte[] FromLatin1(string s)
        {
            byte[] b = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                b[i] = (byte)(c >= 0xE000 ? c - 0xE000 : c);
            }
            return b;
        }

        public static byte[] ToBytes(object o)
        {
            if (Buffers.Has(o) && !(o is PyBytes))
            {
                return Buffers.BytesOf(o);
            }
            PyBytes b = o as PyBytes;
            if (b != null)
            {
                return b.Data;
            }
            object tb = o is PyObject && !(o is PyList) && !(o is PyTuple) ? Ops.GetAttrOrNull(o, "tobytes") : null;
            if (tb != null)
            {
                return ((PyBytes)Ops.Call0(tb)).Data;
            }
            if (o is string)
            {
                throw Err.Type("a bytes-like object is required, not 'str'");
            }
            object[] items = Ops.ToArray(o);
            byte[] r = new byte[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                long v = Ops.ToLong(items[i]);
                if (v < 0 || v > 255)
                {
                    throw Err.Value("bytes must be in range(0, 256)");
                }
                r[i] = (byte)v;
            }
            return r;
        }

        public static byte[] Slice(byte[] d, int n, PySlice sl)
        {
            int start;
            int stop;
            int step;
            int cnt = Ops.SliceIndices(sl, n, out start, out stop, out step);
            byte[] r = new byte[cnt];
            for (int k = 0, j = start; k < cnt; k++, j += step)
            {
                r[k] = d[j];
            }
            return r;
        }

        public static bool ContainsIn(byte[] d, int n, object item)
        {
            if (IntOps.IsInt(item))
            {
                long v = Ops.ToLong(item);
                if (v < 0 || v > 255)
                {
                    throw Err.Value("byte must be in range(0, 256)");
                }
                for (int i = 0; i < n; i++)
                {
                    if (d[i] == v)
                    {
                        return true;
                    }
                }
                return false;
            }
            string hay = Utf8.Latin1(d, n);
            return PyStr.Find(hay, Utf8.Latin1(ToBytes(item), ToBytes(item).Length), 0, hay.Length) >= 0;
        }

        public static string Repr(byte[] d, int n, string prefix, string suffix)
        {
            bool dq = false;
            bool sq = false;
            for (int i = 0; i < n; i++)
            {
                if (d[i] == '\'')
                {
                    sq = true;
                }
                else if (d[i] == '"')
                {
                    dq = true;
                }
            }
            char q = sq && !dq ? '"' : '\'';
            StrBuf sb = new StrBuf(n + 8);
            sb.Append(prefix).Append(q);
            for (int i = 0; i < n; i++)
            {
                byte b = d[i];
                if (b == q || b == '\\')
                {
                    sb.Append('\\').Append((char)b);
                }
                else if (b == '\n')
                {
                    sb.Append("\\n");
                }
                else if (b == '\r')
                {
                    sb.Append("\\r");
                }
                else if (b == '\t')
                {
                    sb.Append("\\t");
                }
                else if (b < 32 || b >= 127)
                {
                    sb.Append("\\x").Append(Ops.HexDigit(b >> 4)).Append(Ops.HexDigit(b & 15));
                }
                else
                {
                    sb.Append((char)b);
                }
            }
            sb.Append(q).Append(suffix);
            return sb.ToString();
        }

        public static object Binary(int op, byte[] d, int n, object other, bool array)
        {
            if (op == PyOp.Add)
            {
                if (!Buffers.Has(other))
                {
                    throw Err.Type("can't concat " + Ops.TypeName(other) + " to " + (array ? "bytearray" : "bytes"));
                }
                byte[] o = ToBytes(other);
                byte[] r = new byte[n + o.Length];
                System.Array.Copy(d, r, n);
                System.Array.Copy(o, 0, r, n, o.Length);
                return array ? (object)new PyByteArray(r, r.Length) : new PyBytes(r);
            }
            if (op == PyOp.Mul && IntOps.IsInt(other))
            {
                long times = Ops.ToLong(other);
                if (times < 0 || n == 0)
                {
                    times = 0;
                }
                if (n > 0 && times > long.MaxValue / n && !array)
                {
                    throw Err.Overflow("repeated bytes are too long");
                }
                if (n > 0 && times > int.MaxValue / n)
                {
                    throw Err.Memory("memory allocation failed");
                }
                Err.Reserve(n * times, 1);
                byte[] r = new byte[n * times];
                for (long t = 0; t < times; t++)
                {
                    System.Array.Copy(d, 0, r, (int)(t * n), n);
                }
                return array ? (object)new PyByteArray(r, r.Length) : new PyBytes(r);
            }
            if (op == PyOp.Mod && !array)
            {
                // A bytes-like argument goes in as its bytes (b'%s' % b'\xff' is b'\xff'), not as its repr.
                string s = Ops.PercentFormat(Utf8.Latin1(d, n), FormatArgs(other));
                return new PyBytes(FromLatin1(s));
            }
            return Ops.NotImplemented;
        }

        /// <summary>The %-format argument(s) with each bytes-like value as its Latin-1 text.</summary>
        public static object FormatArgs(object other)
        {
            PyTuple t = other as PyTuple;
            if (t == null)
            {
                return FormatArg(other);
            }
            object[] items = new object[t.Items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = FormatArg(t.Items[i]);
            }
            return new PyTuple(items);
        }

        public static object FormatArg(object v)
        {
            if (!(v is PyBytes || v is PyByteArray))
            {
                return v;
            }
            byte[] b = ToBytes(v);
            return new BytesFormatArg(v, Utf8.Latin1(b, b.Length));
        }

        public static object CompareBytes(int op, byte[] d, int n, object other)
        {
            if (!(other is PyBytes || other is PyByteArray || other is PyMemoryView))
            {
                return op == PyOp.Eq ? PyBool.False : op == PyOp.Ne ? (object)PyBool.True : Ops.NotImplemented;
            }
            byte[] o = ToBytes(other);
            int c = 0;
            int m = n < o.Length ? n : o.Length;
            for (int i = 0; i < m && c == 0; i++)
            {
                c = d[i] - o[i];
            }
            if (c == 0)
            {
                c = n - o.Length;
            }
            return PyBool.From(IntOps.Holds(op, c < 0 ? -1 : c > 0 ? 1 : 0));
        }
    }
}
