namespace MicroPy.Hal
{
    /// <summary>The REPL/console byte stream (stdin/stdout), like MicroPython's mp_hal_stdin/stdout.</summary>
    public interface IConsole
    {
        /// <summary>Writes UTF-8 text (the implementation encodes as it must).</summary>
        void Write(string text);

        void WriteBytes(byte[] data, int offset, int count);

        /// <summary>Next input byte, blocking; -1 at end of input.</summary>
        int ReadByte();

        /// <summary>Bytes available without blocking (0 if none).</summary>
        int Available();

        void Flush();
    }
}
