using MicroPy.Objects;

namespace MicroPy.Modules
{
    /// <summary>Walks a struct format string item by item ("3h" is one item of count 3), keeping the byte offset
    /// with native alignment for '@': the one parser behind calcsize, pack and unpack.</summary>
    internal struct StructFormat
    {
        private readonly string _fmt;
        private readonly bool _native;
        private int _i;
        private int _end;

        public readonly bool Little;
        public char Code;
        public int Count;
        public int ItemSize;
        /// <summary>Byte offset of the current item from the start of the packed data.</summary>
        public int Offset;

        public StructFormat(string fmt)
        {
            _fmt = fmt;
            _i = 0;
            _end = 0;
            Little = true;
            _native = true;
            Code = '\0';
            Count = 0;
            ItemSize = 0;
            Offset = 0;
            if (fmt.Length > 0 && (fmt[0] == '<' || fmt[0] == '>' || fmt[0] == '!' || fmt[0] == '=' || fmt[0] == '@'))
            {
                Little = fmt[0] == '<' || fmt[0] == '=' || fmt[0] == '@';
                _native = fmt[0] == '@';
                _i = 1;
            }
        }

        /// <summary>Bytes covered so far (the whole size once Next has returned false).</summary>
        public int Size
        {
            get { return _end; }
        }

        /// <summary>Values the current item takes or yields: 1 for "Ns", none for padding.</summary>
        public int Values
        {
            get { return Code == 's' ? 1 : Code == 'x' ? 0 : Count; }
        }

        public bool Next()
        {
            string fmt = _fmt;
            while (_i < fmt.Length && fmt[_i] == ' ')
            {
                _i++;
            }
            if (_i >= fmt.Length)
            {
                return false;
            }
            char c = fmt[_i];
            long count = 1;
            if (c >= '0' && c <= '9')
            {
                count = 0;
                while (_i < fmt.Length && fmt[_i] >= '0' && fmt[_i] <= '9')
                {
                    count = count * 10 + (fmt[_i] - '0');
                    if (count > int.MaxValue)
                    {
                        throw Err.Value("total struct size too long");
                    }
                    _i++;
                }
                if (_i >= fmt.Length)
                {
                    throw Err.Value("repeat count given without format specifier");
                }
                c = fmt[_i];
            }
            _i++;
            int sz = CodeSize(c);
            if (_native && sz > 1)
            {
                _end = (_end + sz - 1) / sz * sz;
            }
            long end = _end + (c == 's' ? count : sz * count);
            if (end > int.MaxValue)
            {
                throw Err.Value("total struct size too long");
            }
            Code = c;
            Count = (int)count;
            ItemSize = sz;
            Offset = _end;
            _end = (int)end;
            return true;
        }

        private static int CodeSize(char c)
        {
            switch (c)
            {
                case 'b':
                case 'B':
                case 'x':
                case 's':
                case '?':
                case 'c':
                    return 1;
                case 'h':
                case 'H':
                    return 2;
                case 'i':
                case 'I':
                case 'l':
                case 'L':
                case 'f':
                case 'P':
                    return 4;
                case 'q':
                case 'Q':
                case 'd':
                    return 8;
            }
            throw Err.Value("bad char in struct format");
        }
    }
}
