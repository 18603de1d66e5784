using System;
using System.IO;
using System.Text;

namespace MicroPy.Hal.Desktop
{
    /// <summary>Console over the process's stdin/stdout (or any pair of streams, for tests).</summary>
    public sealed class DesktopConsole : IConsole
    {
        private readonly Stream _in;
        private readonly Stream _out;
        private readonly byte[] _one = new byte[1];

        public DesktopConsole() : this(Console.OpenStandardInput(), Console.OpenStandardOutput())
        {
        }

        public DesktopConsole(Stream input, Stream output)
        {
            _in = input;
            _out = output;
        }

        public void Write(string text)
        {
            byte[] b = Encoding.UTF8.GetBytes(text);
            _out.Write(b, 0, b.Length);
        }

        public void WriteBytes(byte[] data, int offset, int count)
        {
            _out.Write(data, offset, count);
        }

        public int ReadByte()
        {
            if (_in == null)
            {
                return -1;
            }
            _out.Flush();
            int n = _in.Read(_one, 0, 1);
            return n == 1 ? _one[0] : -1;
        }

        public int Available()
        {
            return 0;
        }

        public void Flush()
        {
            _out.Flush();
        }
    }
}
