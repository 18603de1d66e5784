using System.IO;
using MicroPy.Objects;

namespace MicroPy.Hal.Desktop
{
    /// <summary>An open file over a FileStream. Append mode is done here (every write goes to the end) so that
    /// 'a+' files can still seek back and read, as in Python; host I/O errors become OSError.</summary>
    public sealed class DesktopFile : IFile
    {
        private readonly FileStream _fs;
        private readonly bool _append;

        public DesktopFile(FileStream fs, bool append)
        {
            _fs = fs;
            _append = append;
            if (append)
            {
                fs.Seek(0, SeekOrigin.End);
            }
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            try
            {
                return _fs.Read(buffer, offset, count);
            }
            catch (IOException)
            {
                throw Err.OS(OsErrno.EIO, "[Errno 5] EIO");
            }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                if (_append)
                {
                    _fs.Seek(0, SeekOrigin.End);
                }
                _fs.Write(buffer, offset, count);
            }
            catch (IOException)
            {
                throw Err.OS(OsErrno.EIO, "[Errno 5] EIO");
            }
        }

        public long Seek(long offset, int whence)
        {
            long basePos = whence == 0 ? 0 : whence == 1 ? _fs.Position : _fs.Length;
            if (whence < 0 || whence > 2 || basePos + offset < 0)
            {
                throw Err.OS(OsErrno.EINVAL, "[Errno 22] EINVAL");
            }
            return _fs.Seek(basePos + offset, SeekOrigin.Begin);
        }

        public void Flush() { _fs.Flush(); }

        public void Close() { _fs.Dispose(); }
    }
}
