namespace System.IO
{
    /// <summary>nanoFramework.System.IO.Streams' Stream (the members the adapters use).</summary>
    public abstract class Stream : IDisposable
    {
        public abstract bool CanRead { get; }

        public abstract bool CanWrite { get; }

        public abstract bool CanSeek { get; }

        public abstract long Length { get; }

        public abstract long Position { get; set; }

        public abstract void Flush();

        public abstract long Seek(long offset, SeekOrigin origin);

        public abstract void SetLength(long value);

        public abstract int Read(byte[] buffer, int offset, int count);

        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual void Close()
        {
            Dispose(true);
        }

        public void Dispose()
        {
            Close();
        }

        protected virtual void Dispose(bool disposing)
        {
        }
    }
}
