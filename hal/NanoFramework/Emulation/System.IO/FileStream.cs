using MicroPy.Hal.NanoFramework.Emulation;

namespace System.IO
{
    /// <summary>
    /// A file of the emulated drive, held in memory while open and written back on Flush/Close. Modes as
    /// nanoframework/System.IO.FileSystem FileStream.cs: Open/Truncate/Append need the file, CreateNew needs it absent
    /// (IOException otherwise); a missing folder is an IOException; Append starts at the end; a directory cannot be
    /// opened as a file.
    /// </summary>
    public class FileStream : Stream
    {
        private readonly string _path;
        private readonly FileAccess _access;
        private byte[] _data;
        private int _length;
        private long _position;
        private bool _dirty;
        private bool _closed;

        public FileStream(string path, FileMode mode)
            : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite)
        {
        }

        public FileStream(string path, FileMode mode, FileAccess access)
        {
            IBoardWorld w = Chip.World;
            int kind = w.PathKind(path);
            if (kind == 2)
            {
                throw new IOException();
            }
            bool exists = kind == 1;
            if ((mode == FileMode.Open || mode == FileMode.Truncate || mode == FileMode.Append) && !exists && mode != FileMode.Append)
            {
                throw new IOException();
            }
            if (mode == FileMode.CreateNew && exists)
            {
                throw new IOException();
            }
            _path = path;
            _access = access;
            if (exists && mode != FileMode.Create && mode != FileMode.Truncate)
            {
                _data = w.ReadFile(path);
                _length = _data.Length;
            }
            else
            {
                _data = new byte[0];
                _length = 0;
                if (!w.WriteFile(path, _data, 0))
                {
                    throw new IOException();
                }
            }
            if (mode == FileMode.Append)
            {
                _position = _length;
            }
        }

        public string Name
        {
            get { return _path; }
        }

        public override bool CanRead
        {
            get { return (_access & FileAccess.Read) != 0; }
        }

        public override bool CanWrite
        {
            get { return (_access & FileAccess.Write) != 0; }
        }

        public override bool CanSeek
        {
            get { return true; }
        }

        public override long Length
        {
            get
            {
                Check();
                return _length;
            }
        }

        public override long Position
        {
            get { return _position; }
            set { Seek(value, SeekOrigin.Begin); }
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            Check();
            long p = origin == SeekOrigin.Begin ? offset : origin == SeekOrigin.Current ? _position + offset : _length + offset;
            if (p < 0)
            {
                throw new IOException();
            }
            _position = p;
            return p;
        }

        public override void SetLength(long value)
        {
            Check();
            Grow((int)value);
            _length = (int)value;
            _dirty = true;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Check();
            if (!CanRead)
            {
                throw new NotSupportedException();
            }
            int n = (int)(_length - _position);
            if (n > count)
            {
                n = count;
            }
            if (n <= 0)
            {
                return 0;
            }
            Array.Copy(_data, (int)_position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Check();
            if (!CanWrite)
            {
                throw new NotSupportedException();
            }
            int end = (int)_position + count;
            Grow(end);
            Array.Copy(buffer, offset, _data, (int)_position, count);
            if (end > _length)
            {
                _length = end;
            }
            _position = end;
            _dirty = true;
        }

        private void Grow(int size)
        {
            if (_data.Length < size)
            {
                byte[] n = new byte[size * 2 + 64];
                Array.Copy(_data, n, _length);
                _data = n;
            }
        }

        public override void Flush()
        {
            Check();
            if (_dirty)
            {
                if (!Chip.World.WriteFile(_path, _data, _length))
                {
                    throw new IOException();
                }
                _dirty = false;
            }
        }

        private void Check()
        {
            if (_closed)
            {
                throw Chip.Disposed();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (!_closed)
            {
                Flush();
                _closed = true;
            }
        }
    }
}
