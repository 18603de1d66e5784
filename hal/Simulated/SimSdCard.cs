using System;
using System.Collections.Generic;
using System.IO;
using MicroPy.Objects;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// The card in a simulated SD slot: a FAT volume in memory. Directories list their entries in the order they
    /// were made, as FAT directory slots do (a renamed entry takes a new slot at the end). It keeps its files while
    /// the host runs; os.mkfs empties it. While the slot is disabled (SD.deinit()) every access but a listing is
    /// OSError(EIO).
    /// </summary>
    public sealed class SimSdCard : IFileSystem
    {
        private sealed class Entry
        {
            public string Name;
            public bool Dir;
            public List<Entry> Children = new List<Entry>();
            public MemoryStream Data = new MemoryStream();
        }

        private readonly Func<bool> _enabled;
        private readonly object _sync = new object();
        private Entry _root = new Entry { Name = "", Dir = true };

        public SimSdCard(Func<bool> enabled)
        {
            _enabled = enabled;
        }

        public void Format()
        {
            Ready();
            lock (_sync)
            {
                _root = new Entry { Name = "", Dir = true };
            }
        }

        private void Ready()
        {
            if (!_enabled())
            {
                throw Err.OS(OsErrno.EIO, "EIO");
            }
        }

        private static string[] Parts(string path)
        {
            return path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        }

        private Entry Find(string path)
        {
            Entry e = _root;
            foreach (string p in Parts(path))
            {
                if (!e.Dir)
                {
                    return null;
                }
                e = e.Children.Find(c => c.Name == p);
                if (e == null)
                {
                    return null;
                }
            }
            return e;
        }

        /// <summary>The folder that holds path, and the last name (OSError ENOENT when the folder is missing).</summary>
        private Entry Parent(string path, out string name)
        {
            string[] parts = Parts(path);
            if (parts.Length == 0)
            {
                throw Err.OS(OsErrno.EPERM, "EPERM");
            }
            name = parts[parts.Length - 1];
            Entry d = Find(string.Join("/", parts, 0, parts.Length - 1));
            if (d == null || !d.Dir)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            return d;
        }

        public int Kind(string path)
        {
            Ready();
            lock (_sync)
            {
                Entry e = Find(path);
                return e == null ? 0 : e.Dir ? 2 : 1;
            }
        }

        public long Size(string path)
        {
            Ready();
            lock (_sync)
            {
                Entry e = Find(path);
                if (e == null)
                {
                    throw Err.OS(OsErrno.ENOENT, "ENOENT");
                }
                return e.Dir ? 0 : e.Data.Length;
            }
        }

        public byte[] ReadAll(string path)
        {
            Ready();
            lock (_sync)
            {
                Entry e = Find(path);
                if (e == null || e.Dir)
                {
                    throw Err.OS(e == null ? 2 : 21, e == null ? "ENOENT" : "EISDIR");
                }
                return e.Data.ToArray();
            }
        }

        /// <summary>Answers with the slot disabled too: a real WiPy listed its card after SD.deinit() (MicroPython's
        /// tests/wipy/os.py expects an OSError there, and its recording from the board shows none).</summary>
        public string[] ListDir(string path)
        {
            lock (_sync)
            {
                Entry e = Find(path);
                if (e == null || !e.Dir)
                {
                    throw Err.OS(e == null ? 2 : 20, e == null ? "ENOENT" : "ENOTDIR");
                }
                return e.Children.ConvertAll(c => c.Name).ToArray();
            }
        }

        public void MakeDir(string path)
        {
            Ready();
            lock (_sync)
            {
                string name;
                Entry d = Parent(path, out name);
                if (d.Children.Exists(c => c.Name == name))
                {
                    throw Err.OS(OsErrno.EEXIST, "EEXIST");
                }
                d.Children.Add(new Entry { Name = name, Dir = true });
            }
        }

        public void Remove(string path)
        {
            Delete(path, false);
        }

        public void RemoveDir(string path)
        {
            Delete(path, true);
        }

        private void Delete(string path, bool dir)
        {
            Ready();
            lock (_sync)
            {
                string name;
                Entry d = Parent(path, out name);
                Entry e = d.Children.Find(c => c.Name == name);
                if (e == null)
                {
                    throw Err.OS(OsErrno.ENOENT, "ENOENT");
                }
                if (e.Dir != dir)
                {
                    throw Err.OS(dir ? 20 : 21, dir ? "ENOTDIR" : "EISDIR");
                }
                if (dir && e.Children.Count > 0)
                {
                    throw Err.OS(OsErrno.ENOTEMPTY, "ENOTEMPTY");
                }
                d.Children.Remove(e);
            }
        }

        public void Rename(string from, string to)
        {
            Ready();
            lock (_sync)
            {
                string a;
                string b;
                Entry da = Parent(from, out a);
                Entry db = Parent(to, out b);
                Entry e = da.Children.Find(c => c.Name == a);
                if (e == null)
                {
                    throw Err.OS(OsErrno.ENOENT, "ENOENT");
                }
                if (db.Children.Exists(c => c.Name == b))
                {
                    throw Err.OS(OsErrno.EEXIST, "EEXIST");
                }
                // a folder cannot move into itself
                if (e.Dir && ("/" + string.Join("/", Parts(to)) + "/").StartsWith("/" + string.Join("/", Parts(from)) + "/", StringComparison.Ordinal))
                {
                    throw Err.OS(OsErrno.EINVAL, "EINVAL");
                }
                da.Children.Remove(e);
                e.Name = b;
                db.Children.Add(e);
            }
        }

        public IFile Open(string path, string mode)
        {
            Ready();
            lock (_sync)
            {
                string name;
                Entry d = Parent(path, out name);
                Entry e = d.Children.Find(c => c.Name == name);
                bool create = mode.IndexOf('w') >= 0 || mode.IndexOf('a') >= 0 || mode.IndexOf('x') >= 0;
                if (e != null && e.Dir)
                {
                    throw Err.OS(OsErrno.EISDIR, "EISDIR");
                }
                if (e == null && !create)
                {
                    throw Err.OS(OsErrno.ENOENT, "ENOENT");
                }
                if (e != null && mode.IndexOf('x') >= 0)
                {
                    throw Err.OS(OsErrno.EEXIST, "EEXIST");
                }
                if (e == null)
                {
                    e = new Entry { Name = name };
                    d.Children.Add(e);
                }
                else if (mode.IndexOf('w') >= 0)
                {
                    e.Data.SetLength(0);
                }
                bool plus = mode.IndexOf('+') >= 0;
                return new CardFile(this, e, create || plus, !create || plus, mode.IndexOf('a') >= 0);
            }
        }

        private sealed class CardFile : IFile
        {
            private readonly SimSdCard _card;
            private readonly Entry _entry;
            private readonly bool _write;
            private readonly bool _read;
            private readonly bool _append;
            private long _pos;
            private bool _closed;

            public CardFile(SimSdCard card, Entry entry, bool write, bool read, bool append)
            {
                _card = card;
                _entry = entry;
                _write = write;
                _read = read;
                _append = append;
            }

            private void Check(bool writing)
            {
                _card.Ready();
                if (_closed || (writing ? !_write : !_read))
                {
                    throw Err.OS(OsErrno.EBADF, "EBADF");
                }
            }

            public int Read(byte[] buffer, int offset, int count)
            {
                Check(false);
                lock (_card._sync)
                {
                    _entry.Data.Position = Math.Min(_pos, _entry.Data.Length);
                    int n = _entry.Data.Read(buffer, offset, count);
                    _pos += n;
                    return n;
                }
            }

            public void Write(byte[] buffer, int offset, int count)
            {
                Check(true);
                lock (_card._sync)
                {
                    if (_append)
                    {
                        _pos = _entry.Data.Length;
                    }
                    _entry.Data.Position = _pos;
                    _entry.Data.Write(buffer, offset, count);
                    _pos += count;
                }
            }

            public long Seek(long offset, int whence)
            {
                if (_closed)
                {
                    throw Err.OS(OsErrno.EBADF, "EBADF");
                }
                lock (_card._sync)
                {
                    long p = (whence == 1 ? _pos : whence == 2 ? _entry.Data.Length : 0) + offset;
                    if (p < 0)
                    {
                        throw Err.OS(OsErrno.EINVAL, "EINVAL");
                    }
                    _pos = p;
                    return p;
                }
            }

            public void Flush()
            {
            }

            public void Close()
            {
                _closed = true;
            }
        }
    }
}
