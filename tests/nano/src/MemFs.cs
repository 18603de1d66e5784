using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.NanoTests
{
    /// <summary>
    /// Read-only file system over the embedded tests/py files (paths relative to tests/py). Relative paths and
    /// "/flash/..." resolve against CurrentDir, the running script's folder, as the desktop host roots /flash there.
    /// </summary>
    public sealed class MemFs : IFileSystem
    {
        private readonly string[] _paths;
        private readonly string[] _texts;

        public string CurrentDir = "";

        public MemFs(string[] paths, string[] texts)
        {
            _paths = paths;
            _texts = texts;
        }

        private string Resolve(string path)
        {
            string p = path;
            if (p.Length > 0 && p[0] == '/')
            {
                if (p == "/flash")
                {
                    p = "";
                }
                else if (p.Length > 7 && p.Substring(0, 7) == "/flash/")
                {
                    p = p.Substring(7);
                }
                else
                {
                    return null;
                }
            }
            string full = CurrentDir;
            int i = 0;
            while (i <= p.Length)
            {
                int j = p.IndexOf('/', i);
                if (j < 0)
                {
                    j = p.Length;
                }
                string part = p.Substring(i, j - i);
                if (part == "..")
                {
                    int cut = full.LastIndexOf('/');
                    full = cut < 0 ? "" : full.Substring(0, cut);
                }
                else if (part.Length > 0 && part != ".")
                {
                    full = full.Length == 0 ? part : full + "/" + part;
                }
                i = j + 1;
            }
            return full;
        }

        private int Find(string rel)
        {
            for (int i = 0; i < _paths.Length; i++)
            {
                if (_paths[i] == rel)
                {
                    return i;
                }
            }
            return -1;
        }

        public int Kind(string path)
        {
            string rel = Resolve(path);
            if (rel == null)
            {
                return path == "/" ? 2 : 0;
            }
            if (rel.Length == 0 || Find(rel) < 0 && IsDir(rel))
            {
                return 2;
            }
            return Find(rel) >= 0 ? 1 : 0;
        }

        private bool IsDir(string rel)
        {
            string prefix = rel + "/";
            for (int i = 0; i < _paths.Length; i++)
            {
                if (_paths[i].Length > prefix.Length && _paths[i].Substring(0, prefix.Length) == prefix)
                {
                    return true;
                }
            }
            return false;
        }

        public long Size(string path)
        {
            return ReadAll(path).Length;
        }

        public byte[] ReadAll(string path)
        {
            string rel = Resolve(path);
            int i = rel == null ? -1 : Find(rel);
            if (i < 0)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            return Utf8.Encode(_texts[i]);
        }

        public string[] ListDir(string path)
        {
            throw Err.OS(OsErrno.EPERM, "EPERM");
        }

        public void MakeDir(string path)
        {
            throw Err.OS(OsErrno.EROFS, "EROFS");
        }

        public void Remove(string path)
        {
            throw Err.OS(OsErrno.EROFS, "EROFS");
        }

        public void RemoveDir(string path)
        {
            throw Err.OS(OsErrno.EROFS, "EROFS");
        }

        public void Rename(string from, string to)
        {
            throw Err.OS(OsErrno.EROFS, "EROFS");
        }

        public IFile Open(string path, string mode)
        {
            throw Err.OS(OsErrno.EROFS, "EROFS");
        }
    }
}
