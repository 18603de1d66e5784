using System.IO;

namespace MicroPy.Hal.Desktop
{
    public sealed class DesktopFile : IFile
    {
        private readonly FileStream _fs;

        public DesktopFile(FileStream fs)
        {
            _fs = fs;
        }

        public int Read(byte[] buffer, int offset, int count) { return _fs.Read(buffer, offset, count); }

        public void Write(byte[] buffer, int offset, int count) { _fs.Write(buffer, offset, count); }

        public long Seek(long offset, int whence)
        {
            return _fs.Seek(offset, whence == 0 ? SeekOrigin.Begin : whence == 1 ? SeekOrigin.Current : SeekOrigin.End);
        }

        public void Flush() { _fs.Flush(); }

        public void Close() { _fs.Dispose(); }
    }
}
