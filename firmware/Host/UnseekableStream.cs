using System;
using System.IO;

namespace MicroPy.Host
{
    /// <summary>
    /// The shape both host byte streams share (FdStream on the process's own descriptors, TtyStream on a pty or
    /// serial device): readable and writable, not seekable, no length, nothing buffered to flush.
    /// </summary>
    public abstract class UnseekableStream : Stream
    {
        public override void Flush()
        {
        }

        public override bool CanRead
        {
            get { return true; }
        }

        public override bool CanSeek
        {
            get { return false; }
        }

        public override bool CanWrite
        {
            get { return true; }
        }

        public override long Length
        {
            get { throw new NotSupportedException(); }
        }

        public override long Position
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            throw new NotSupportedException();
        }

        public override void SetLength(long value)
        {
            throw new NotSupportedException();
        }
    }
}
