using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>A file opened on a Python VFS object, seen as an IFile: its read/write/seek/flush/close methods.</summary>
    public sealed class VfsFile : IFile
    {
        private readonly object _file;

        public VfsFile(object file)
        {
            _file = file;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            byte[] d = VfsMounts.BytesOf(Ops.CallMethod1(_file, "read", PyInt.Create(count)));
            int n = d.Length < count ? d.Length : count;
            System.Array.Copy(d, 0, buffer, offset, n);
            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            byte[] d = new byte[count];
            System.Array.Copy(buffer, offset, d, 0, count);
            Ops.CallMethod1(_file, "write", new PyBytes(d));
        }

        public long Seek(long offset, int whence)
        {
            return Ops.ToLong(Ops.CallMethod2(_file, "seek", PyInt.Create(offset), PyInt.Create(whence)));
        }

        public void Flush()
        {
            if (Ops.GetAttrOrNull(_file, "flush") != null)
            {
                Ops.CallMethod0(_file, "flush");
            }
        }

        public void Close()
        {
            Ops.CallMethod0(_file, "close");
        }
    }
}
