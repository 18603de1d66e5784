namespace MicroPy.Repl
{
    /// <summary>What the REPL engine needs from its port: raw byte output and the soft-reset action.</summary>
    public interface IReplHost
    {
        /// <summary>Writes bytes to the terminal exactly (the engine does the \n to \r\n cooking itself).</summary>
        void Write(byte[] data, int offset, int count);

        /// <summary>Ctrl-D on an empty line: a board restarts the interpreter (fresh globals, boot.py/main.py).</summary>
        void SoftReset();

        /// <summary>Board and CPU names for the banner.</summary>
        string BoardName { get; }

        string CpuName { get; }
    }
}
