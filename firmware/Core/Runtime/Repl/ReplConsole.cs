using MicroPy.Hal;

namespace MicroPy.Repl
{
    /// <summary>The console Python code writes to while the REPL runs it: UTF-8, "\n" cooked to "\r\n".</summary>
    public sealed class ReplConsole : IConsole
    {
        private readonly IReplHost _host;
        private readonly IConsole _input;
        private readonly byte[] _buf = new byte[256];

        public ReplConsole(IReplHost host, IConsole input)
        {
            _host = host;
            _input = input;
        }

        public void Write(string text)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (n + 6 > _buf.Length)
                {
                    _host.Write(_buf, 0, n);
                    n = 0;
                }
                if (c == '\n')
                {
                    _buf[n++] = (byte)'\r';
                    _buf[n++] = (byte)'\n';
                }
                else if (c < 0x80)
                {
                    _buf[n++] = (byte)c;
                }
                else
                {
                    if (c >= 0xD800 && c < 0xDC00 && i + 1 < text.Length)
                    {
                        int cp = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                        i++;
                        _buf[n++] = (byte)(0xF0 | (cp >> 18));
                        _buf[n++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                        _buf[n++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                        _buf[n++] = (byte)(0x80 | (cp & 0x3F));
                    }
                    else if (c < 0x800)
                    {
                        _buf[n++] = (byte)(0xC0 | (c >> 6));
                        _buf[n++] = (byte)(0x80 | (c & 0x3F));
                    }
                    else
                    {
                        _buf[n++] = (byte)(0xE0 | (c >> 12));
                        _buf[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                        _buf[n++] = (byte)(0x80 | (c & 0x3F));
                    }
                }
            }
            if (n > 0)
            {
                _host.Write(_buf, 0, n);
            }
        }

        public void WriteBytes(byte[] data, int offset, int count)
        {
            _host.Write(data, offset, count);
        }

        public int ReadByte()
        {
            return _input != null ? _input.ReadByte() : -1;
        }

        public int Available()
        {
            return _input != null ? _input.Available() : 0;
        }

        public void Flush()
        {
        }
    }
}
