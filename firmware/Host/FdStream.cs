using System;
using System.IO;

namespace MicroPy.Host
{
    /// <summary>
    /// Blocking reads or writes on a file descriptor of the process (0 or 1), bypassing .NET's console streams:
    /// on a terminal those run their own line editor (echo, history), which doubles the REPL's.
    /// </summary>
    public sealed class FdStream : UnseekableStream
    {
        private readonly int _fd;

        public FdStream(int fd)
        {
            _fd = fd;
        }

        /// <summary>Returns 0 at end of input or when the terminal went away.</summary>
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (count == 0)
            {
                return 0;
            }
            while (true)
            {
                nint n = Posix.read(_fd, ref buffer[offset], count);
                if (n >= 0)
                {
                    return (int)n;
                }
                if (Posix.Errno != Posix.EIntr)
                {
                    return 0;
                }
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                nint n = Posix.write(_fd, ref buffer[offset], count);
                if (n > 0)
                {
                    offset += (int)n;
                    count -= (int)n;
                    continue;
                }
                int errno = Posix.Errno;
                if (n < 0 && errno == Posix.EAgain)
                {
                    Posix.PollOne(_fd, Posix.PollOut, 100);
                    continue;
                }
                if (n < 0 && errno == Posix.EIntr)
                {
                    continue;
                }
                throw new IOException("write: " + Posix.ErrorText(errno));
            }
        }
    }
}
