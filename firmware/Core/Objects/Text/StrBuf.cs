namespace MicroPy.Objects
{
    /// <summary>Growable char buffer (nanoFramework has no StringBuilder).</summary>
    public sealed class StrBuf
    {
        private char[] _buf;
        private int _len;

        public StrBuf() : this(16)
        {
        }

        public StrBuf(int capacity)
        {
            _buf = new char[capacity < 4 ? 4 : capacity];
        }

        public int Length
        {
            get { return _len; }
            set { _len = value; }
        }

        public char this[int i]
        {
            get { return _buf[i]; }
            set { _buf[i] = value; }
        }

        private void Grow(int need)
        {
            long cap = _buf.Length * 2L;
            if (cap < (long)_len + need)
            {
                cap = (long)_len + need;
            }
            Err.Reserve(cap, 2);
            char[] nb = new char[(int)cap];
            System.Array.Copy(_buf, nb, _len);
            _buf = nb;
        }

        public StrBuf Append(char c)
        {
            if (_len == _buf.Length)
            {
                Grow(1);
            }
            _buf[_len++] = c;
            return this;
        }

        public StrBuf Append(string s)
        {
            return Append(s, 0, s.Length);
        }

        /// <summary>
        /// Appends s[start..start+count). On nanoCLR strings are UTF-8, so s[i] costs O(length): one native
        /// ToCharArray instead of a char loop.
        /// </summary>
        public StrBuf Append(string s, int start, int count)
        {
            if (_len + count > _buf.Length)
            {
                Grow(count);
            }
#if NANOFRAMEWORK_1_0
            if (count == 1)
            {
                _buf[_len] = s[start];
            }
            else if (count > 1)
            {
                System.Array.Copy(s.ToCharArray(start, count), 0, _buf, _len, count);
            }
#else
            s.CopyTo(start, _buf, _len, count);
#endif
            _len += count;
            return this;
        }

        public StrBuf Append(char[] c, int start, int count)
        {
            if (_len + count > _buf.Length)
            {
                Grow(count);
            }
            System.Array.Copy(c, start, _buf, _len, count);
            _len += count;
            return this;
        }

        public StrBuf Append(char c, int repeat)
        {
            if (_len + repeat > _buf.Length)
            {
                Grow(repeat);
            }
            for (int i = 0; i < repeat; i++)
            {
                _buf[_len++] = c;
            }
            return this;
        }

        /// <summary>Appends the decimal digits of u, written backwards in place.</summary>
        public StrBuf AppendDecimal(ulong u)
        {
            int digits = 1;
            ulong p = 10;
            while (u >= p)
            {
                digits++;
                if (digits == 20)
                {
                    break;
                }
                p *= 10;
            }
            if (_len + digits > _buf.Length)
            {
                Grow(digits);
            }
            int at = _len + digits;
            _len = at;
            do
            {
                ulong q = u / 10;
                _buf[--at] = (char)('0' + (int)(u - q * 10));
                u = q;
            }
            while (u != 0);
            return this;
        }

        public void Clear()
        {
            _len = 0;
        }

        public override string ToString()
        {
            return new string(_buf, 0, _len);
        }
    }
}
