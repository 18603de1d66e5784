namespace MicroPy.Objects
{
    /// <summary>UTF-8 codec (nanoFramework's mscorlib has no System.Text.Encoding).</summary>
    public static class Utf8
    {
        public static string Decode(byte[] b)
        {
            return Decode(b, 0, b.Length);
        }

        /// <summary>
        /// Decodes UTF-8 without failing: a byte that does not begin a well-formed sequence becomes U+DC80 + byte
        /// (CPython's surrogateescape, PEP 383), and Encode turns such a lone surrogate back into the byte, so text
        /// read from a file that holds arbitrary bytes keeps them (MicroPython keeps a str's bytes as they are).
        /// </summary>
        public static string Decode(byte[] b, int offset, int count)
        {
            char[] chars = new char[count];
            int n = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int c = b[i++];
                if (c >= 0x80)
                {
                    int extra = c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
                    bool ok = extra > 0 && i + extra <= end;
                    for (int k = 0; ok && k < extra; k++)
                    {
                        ok = (b[i + k] & 0xC0) == 0x80;
                    }
                    if (!ok)
                    {
                        chars[n++] = (char)(0xDC00 + c);
                        continue;
                    }
                    c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : 0x1F;
                    for (int k = 0; k < extra; k++)
                    {
                        c = (c << 6) | (b[i++] & 0x3F);
                    }
                    if (c >= 0x10000)
                    {
                        c -= 0x10000;
                        chars[n++] = (char)(0xD800 + (c >> 10));
                        c = 0xDC00 + (c & 0x3FF);
                    }
                }
                chars[n++] = (char)c;
            }
            return new string(chars, 0, n);
        }

        /// <summary>Decodes UTF-8, raising UnicodeError on malformed input (bytes.decode, str(b, 'utf-8')).</summary>
        public static string DecodeStrict(byte[] b, int offset, int count)
        {
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int c = b[i];
                int extra = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
                if (extra < 0 || i + extra >= end)
                {
                    throw DecodeError("utf-8", c, i - offset, extra < 0 ? "invalid start byte" : "unexpected end of data");
                }
                for (int k = 1; k <= extra; k++)
                {
                    if ((b[i + k] & 0xC0) != 0x80)
                    {
                        throw DecodeError("utf-8", c, i - offset, "invalid continuation byte");
                    }
                }
                i += extra + 1;
            }
            return Decode(b, offset, count);
        }

        /// <summary>Decodes b[0..n) with a codec of Codec (0 utf-8, 1 ascii, 2 latin-1); UnicodeDecodeError when
        /// malformed.</summary>
        public static string DecodeAs(int codec, byte[] b, int n)
        {
            for (int i = 0; codec == 1 && i < n; i++)
            {
                if (b[i] > 0x7F)
                {
                    throw DecodeError("ascii", b[i], i, "ordinal not in range(128)");
                }
            }
            return codec == 0 ? DecodeStrict(b, 0, n) : Latin1(b, n);
        }

        /// <summary>The chars of d[0..n) as Latin-1 (one char per byte).</summary>
        public static string Latin1(byte[] d, int n)
        {
            char[] c = new char[n];
            for (int i = 0; i < n; i++)
            {
                c[i] = (char)d[i];
            }
            return new string(c);
        }

        private static PyException DecodeError(string codec, int c, int pos, string why)
        {
            return Err.Make(PyExc.UnicodeDecodeError, "'" + codec + "' codec can't decode byte 0x" + Ops.HexDigit(c >> 4) + Ops.HexDigit(c & 15) + " in position " + Ops.IntToString(pos) + ": " + why);
        }

        /// <summary>Checks an encoding name; returns 0 utf-8, 1 ascii, 2 latin-1; LookupError otherwise.</summary>
        public static int Codec(string name)
        {
            string n = name.ToLower();
            if (n == "utf-8" || n == "utf8" || n == "utf_8")
            {
                return 0;
            }
            if (n == "ascii" || n == "us-ascii")
            {
                return 1;
            }
            if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "latin_1")
            {
                return 2;
            }
            throw Err.Make(PyExc.LookupError, "unknown encoding: " + name);
        }

        public static byte[] Encode(string text)
        {
#if NANOFRAMEWORK_1_0
            char[] s = text.ToCharArray(); // nanoCLR strings are UTF-8: s[i] would walk the string
#else
            string s = text;
#endif
            int len = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.Length)
                {
                    len += 4;
                    i++;
                    continue;
                }
                len += c < 0x80 || (c >= 0xDC80 && c < 0xDD00) ? 1 : c < 0x800 ? 2 : 3;
            }
            byte[] r = new byte[len];
            int p = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c < 0x80)
                {
                    r[p++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    r[p++] = (byte)(0xC0 | (c >> 6));
                    r[p++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c >= 0xDC80 && c < 0xDD00)
                {
                    // A byte Decode could not read as UTF-8 (surrogateescape): the byte itself.
                    r[p++] = (byte)(c - 0xDC00);
                }
                else if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.Length)
                {
                    int cp = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
                    r[p++] = (byte)(0xF0 | (cp >> 18));
                    r[p++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    r[p++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    r[p++] = (byte)(0x80 | (cp & 0x3F));
                }
                else
                {
                    r[p++] = (byte)(0xE0 | (c >> 12));
                    r[p++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    r[p++] = (byte)(0x80 | (c & 0x3F));
                }
            }
            return r;
        }
    }
}
