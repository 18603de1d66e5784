using System;
using System.IO;
using MicroPy.Core;

namespace MicroPy.Hal.Desktop
{
    /// <summary>
    /// Python paths onto a host folder. Absolute paths ("/flash/x.py") and relative ones resolve under Root;
    /// nothing outside Root is reachable (".." cannot climb out).
    /// </summary>
    public sealed class DesktopFileSystem : IFileSystem
    {
        public readonly string Root;

        public DesktopFileSystem(string root)
        {
            Root = Path.GetFullPath(root);
        }

        /// <summary>Where Root appears in the Python view, as on a board.</summary>
        public const string Mount = "/flash";

        /// <summary>
        /// Maps a Python path to a host path: "/flash/..." (and relative paths) lie under Root; "/" holds only the mount
        /// point; anything else, or escaping Root, is OSError(ENOENT=2).
        /// </summary>
        public string Map(string path)
        {
            string norm = path.Replace('\\', '/');
            if (norm.Length > 0 && norm[0] == '/')
            {
                if (norm == Mount || norm.StartsWith(Mount + "/", StringComparison.Ordinal))
                {
                    norm = norm.Substring(Mount.Length);
                }
                else
                {
                    throw Err.OS(2, "ENOENT");
                }
            }
            string rel = norm.TrimStart('/');
            string full = Path.GetFullPath(Path.Combine(Root, rel));
            string rootSep = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
            if (full != Root && !full.StartsWith(rootSep, StringComparison.Ordinal))
            {
                throw Err.OS(2, "ENOENT");
            }
            return full;
        }

        public int Kind(string path)
        {
            if (path == "/")
            {
                return 2;
            }
            string p;
            try
            {
                p = Map(path);
            }
            catch (PyException)
            {
                return 0;
            }
            if (HostFileType.IsSpecial(p)) return 0;
            if (File.Exists(p)) return 1;
            if (Directory.Exists(p)) return 2;
            return 0;
        }

        /// <summary>
        /// Maps a path and refuses a FIFO, device or socket there with OSError(EACCES): only regular files and
        /// directories belong to a board's file system, and opening a FIFO would block the interpreter.
        /// </summary>
        private string MapOrdinary(string path)
        {
            string p = Map(path);
            if (HostFileType.IsSpecial(p)) throw Err.OS(13, "EACCES");
            return p;
        }

        public long Size(string path)
        {
            string p = MapOrdinary(path);
            if (File.Exists(p)) return new FileInfo(p).Length;
            if (Directory.Exists(p)) return 0;
            throw Err.OS(2, "ENOENT");
        }

        public byte[] ReadAll(string path)
        {
            string p = MapOrdinary(path);
            if (!File.Exists(p)) throw Err.OS(2, "ENOENT");
            return File.ReadAllBytes(p);
        }

        public string[] ListDir(string path)
        {
            if (path == "/")
            {
                return new string[] { Mount.Substring(1) };
            }
            string p = Map(path);
            if (!Directory.Exists(p)) throw Err.OS(2, "ENOENT");
            string[] all = Directory.GetFileSystemEntries(p);
            string[] entries = new string[all.Length];
            int n = 0;
            foreach (string e in all)
            {
                if (!HostFileType.IsSpecial(e)) entries[n++] = Path.GetFileName(e);
            }
            Array.Resize(ref entries, n);
            Array.Sort(entries, StringComparer.Ordinal);
            return entries;
        }

        public void MakeDir(string path)
        {
            string p = Map(path);
            if (File.Exists(p) || Directory.Exists(p)) throw Err.OS(17, "EEXIST");
            Directory.CreateDirectory(p);
        }

        public void Remove(string path)
        {
            string p = Map(path);
            if (!File.Exists(p)) throw Err.OS(2, "ENOENT");
            File.Delete(p);
        }

        public void RemoveDir(string path)
        {
            string p = Map(path);
            if (!Directory.Exists(p)) throw Err.OS(2, "ENOENT");
            try
            {
                Directory.Delete(p, false);
            }
            catch (IOException)
            {
                throw Err.OS(39, "ENOTEMPTY");
            }
        }

        public void Rename(string from, string to)
        {
            string a = Map(from);
            string b = Map(to);
            if (File.Exists(a)) File.Move(a, b, true);
            else if (Directory.Exists(a)) Directory.Move(a, b);
            else throw Err.OS(2, "ENOENT");
        }

        public IFile Open(string path, string mode)
        {
            string p = MapOrdinary(path);
            FileMode fm;
            FileAccess fa;
            bool plus = mode.IndexOf('+') >= 0;
            if (mode.IndexOf('w') >= 0) { fm = FileMode.Create; fa = plus ? FileAccess.ReadWrite : FileAccess.Write; }
            else if (mode.IndexOf('a') >= 0) { fm = FileMode.Append; fa = FileAccess.Write; }
            else if (mode.IndexOf('x') >= 0) { fm = FileMode.CreateNew; fa = plus ? FileAccess.ReadWrite : FileAccess.Write; }
            else { fm = FileMode.Open; fa = plus ? FileAccess.ReadWrite : FileAccess.Read; }
            if (Directory.Exists(p)) throw Err.OS(21, "EISDIR");
            if (fm == FileMode.Open && !File.Exists(p)) throw Err.OS(2, "ENOENT");
            if (fm == FileMode.CreateNew && File.Exists(p)) throw Err.OS(17, "EEXIST");
            try
            {
                return new DesktopFile(new FileStream(p, fm, fa));
            }
            catch (DirectoryNotFoundException)
            {
                throw Err.OS(2, "ENOENT");
            }
            catch (UnauthorizedAccessException)
            {
                throw Err.OS(13, "EACCES");
            }
        }
    }
}
