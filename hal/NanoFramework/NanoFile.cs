using System;
using System.IO;
using MicroPy.Boards;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>An open file over System.IO.FileStream.</summary>
    public sealed class NanoFile : IFile
    {
        private FileStream _fs;

        public NanoFile(FileStream fs)
        {
            _fs = fs;
        }

        private FileStream Stream()
        {
            if (_fs == null)
            {
                throw MicroPy.Objects.Err.Value("I/O operation on closed file");
            }
            return _fs;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            try
            {
                return Stream().Read(buffer, offset, count);
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "read failed");
            }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            try
            {
                Stream().Write(buffer, offset, count);
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "write failed");
            }
        }

        public long Seek(long offset, int whence)
        {
            SeekOrigin o = whence == 0 ? SeekOrigin.Begin : whence == 1 ? SeekOrigin.Current : SeekOrigin.End;
            try
            {
                return Stream().Seek(offset, o);
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "seek failed");
            }
        }

        public void Flush()
        {
            if (_fs != null)
            {
                _fs.Flush();
            }
        }

        public void Close()
        {
            FileStream fs = _fs;
            _fs = null;
            if (fs != null)
            {
                fs.Flush();
                fs.Dispose();
            }
        }
    }
}
