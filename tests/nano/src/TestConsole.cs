using MicroPy.Core;
using MicroPy.Hal;

namespace MicroPy.NanoTests
{
    /// <summary>Console over System.Console (nanoCLR's console is stdout on the POSIX host); no input.</summary>
    public sealed class TestConsole : IConsole
    {
        public void Write(string text)
        {
            System.Console.Write(text);
        }

        public void WriteBytes(byte[] data, int offset, int count)
        {
            System.Console.Write(Utf8.Decode(data, offset, count));
        }

        public int ReadByte()
        {
            return -1;
        }

        public int Available()
        {
            return 0;
        }

        public void Flush()
        {
        }
    }
}
