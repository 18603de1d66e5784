namespace MicroPy.Core
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
            int cap = _buf.Length * 2;
            if (cap < _len + need)
            {
                cap = _len + need;
            }
            char[] nb = new char[cap];
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
            int n = s.Length;
            if (_len + n > _buf.Length)
            {
                Grow(n);
            }
#if NANOFRAMEWORK_1_0
            for (int i = 0; i < n; i++)
            {
                _buf[_len + i] = s[i];
            }
#else
            s.CopyTo(0, _buf, _len, n);
#endif
            _len += n;
            return this;
        }

        public StrBuf Append(string s, int start, int count)
        {
            if (_len + count > _buf.Length)
            {
                Grow(count);
            }
#if NANOFRAMEWORK_1_0
            for (int i = 0; i < count; i++)
            {
                _buf[_len + i] = s[start + i];
            }
#else
            if (count > 0)
            {
                s.CopyTo(start, _buf, _len, count);
            }
#endif
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
