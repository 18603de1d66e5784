namespace MicroPy.Hal
{
    /// <summary>An open file: byte-level access; text decoding happens in the io module.</summary>
    public interface IFile
    {
        int Read(byte[] buffer, int offset, int count);

        void Write(byte[] buffer, int offset, int count);

        /// <summary>whence: 0 start, 1 current, 2 end. Returns the new position.</summary>
        long Seek(long offset, int whence);

        void Flush();

        void Close();
    }
}
