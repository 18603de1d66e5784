#if !NANOFRAMEWORK_1_0
namespace System
{
    /// <summary>
    /// nanoFramework's SpanByte (in its mscorlib; .NET has none): a window on a byte array. Only for the desktop
    /// build of the emulation; on nano mscorlib's own is used.
    /// </summary>
    public readonly struct SpanByte
    {
        private readonly byte[] _array;
        private readonly int _start;
        private readonly int _length;

        public SpanByte(byte[] array)
        {
            _array = array;
            _start = 0;
            _length = array == null ? 0 : array.Length;
        }

        public SpanByte(byte[] array, int start, int length)
        {
            if (array == null ? start != 0 || length != 0 : start < 0 || length < 0 || start + length > array.Length)
            {
                throw new ArgumentOutOfRangeException();
            }
            _array = array;
            _start = start;
            _length = length;
        }

        public int Length
        {
            get { return _length; }
        }

        public byte this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length)
                {
                    throw new IndexOutOfRangeException();
                }
                return _array[_start + index];
            }
            set
            {
                if ((uint)index >= (uint)_length)
                {
                    throw new IndexOutOfRangeException();
                }
                _array[_start + index] = value;
            }
        }

        public byte[] ToArray()
        {
            byte[] r = new byte[_length];
            if (_length > 0)
            {
                Array.Copy(_array, _start, r, 0, _length);
            }
            return r;
        }
    }
}
#endif
