using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.NanoTests
{
    /// <summary>
    /// Console over System.Console (nanoCLR's console is stdout on the POSIX host); no input. nanoCLR writes its own
    /// diagnostics (CLR_Debug::Printf, e.g. "WARNING: TOO MANY NESTED EXCEPTIONS!!") to the same stdout, so every
    /// piece of the program's output goes out as one line "|text" with '\\', '\n' and '\r' escaped: tests/nano/harness.py
    /// joins those lines back and reports any other line inside a script's section as a runtime diagnostic.
    /// </summary>
    public sealed class TestConsole : IConsole
    {
        public void Write(string text)
        {
            Emit(text);
        }

        public void WriteBytes(byte[] data, int offset, int count)
        {
            Emit(Utf8.Decode(data, offset, count));
        }

        public static void Emit(string text)
        {
            if (text.Length == 0)
            {
                return;
            }
            if (text.IndexOf('\n') < 0 && text.IndexOf('\\') < 0 && text.IndexOf('\r') < 0)
            {
                System.Console.WriteLine("|" + text);
                return;
            }
            char[] s = text.ToCharArray();
            char[] d = new char[s.Length * 2 + 1];
            int n = 0;
            d[n++] = '|';
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '\\' || c == '\n' || c == '\r')
                {
                    d[n++] = '\\';
                    d[n++] = c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
                }
                else
                {
                    d[n++] = c;
                }
            }
            System.Console.WriteLine(new string(d, 0, n));
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
