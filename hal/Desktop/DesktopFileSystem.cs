using System;
using System.Collections.Generic;
using System.IO;
using MicroPy.Objects;

namespace MicroPy.Hal.Desktop
{
    /// <summary>
    /// Python paths onto a host folder. Absolute paths ("/flash/x.py") and relative ones resolve under Root;
    /// nothing outside Root is reachable: ".." cannot climb out, and symbolic links are resolved and refused when
    /// they lead outside. Root itself cannot be removed or renamed. Host errors become OSError with a board errno
    /// (never a host path or .NET text).
    /// </summary>
    public sealed class DesktopFileSystem : IFileSystem, IFileSystemSpace
    {
        public readonly string Root;

        public DesktopFileSystem(string root)
        {
            string full = Path.GetFullPath(root);
            FileSystemInfo real = Directory.Exists(full) ? new DirectoryInfo(full).ResolveLinkTarget(true) : null;
            Root = real != null ? Path.GetFullPath(real.FullName) : full;
        }

        /// <summary>Per host folder, the order its entries were first seen in (see ListDir).</summary>
        private readonly Dictionary<string, List<string>> _order = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        private bool Inside(string full)
        {
            string rootSep = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
            return full == Root || full.StartsWith(rootSep, StringComparison.Ordinal);
        }

        /// <summary>full (under Root) with every symbolic link on the way resolved; OSError when one leads outside Root.</summary>
        private string ResolveLinks(string full)
        {
            for (int hops = 0; hops < 40; hops++)
            {
                string rest = full.Length > Root.Length ? full.Substring(Root.Length).TrimStart(Path.DirectorySeparatorChar) : "";
                string[] parts = rest.Length == 0 ? new string[0] : rest.Split(Path.DirectorySeparatorChar);
                string cur = Root;
                string redirected = null;
                for (int i = 0; i < parts.Length; i++)
                {
                    string next = Path.Combine(cur, parts[i]);
                    FileInfo fi = new FileInfo(next);
                    string target = fi.LinkTarget;
                    if (target != null)
                    {
                        string t = Path.GetFullPath(Path.Combine(cur, target));
                        if (!Inside(t))
                        {
                            throw Err.OS(OsErrno.ENOENT, "ENOENT");
                        }
                        string tail = string.Join(Path.DirectorySeparatorChar.ToString(), parts, i + 1, parts.Length - i - 1);
                        redirected = tail.Length > 0 ? Path.Combine(t, tail) : t;
                        break;
                    }
                    cur = next;
                }
                if (redirected == null)
                {
                    return full;
                }
                full = redirected;
            }
            throw Err.OS(OsErrno.ELOOP, "ELOOP");
        }

        /// <summary>Where Root appears in the Python view, as on a board.</summary>
        public const string Mount = "/flash";

        /// <summary>
        /// Maps a Python path to a host path: "/flash/..." (and relative paths) lie under Root; "/" holds only the mount
        /// point; anything else, or escaping Root, is OSError(ENOENT=2).
        /// </summary>
        public string Map(string path)
        {
            if (path.IndexOf('\0') >= 0)
            {
                throw Err.Value("embedded null byte");
            }
            if (path.Length > 4096)
            {
                throw Err.OS(OsErrno.ENAMETOOLONG, "ENAMETOOLONG");
            }
            string norm = path.Replace('\\', '/');
            if (norm.Length > 0 && norm[0] == '/')
            {
                if (norm == Mount || norm.StartsWith(Mount + "/", StringComparison.Ordinal))
                {
                    norm = norm.Substring(Mount.Length);
                }
                else
                {
                    throw Err.OS(OsErrno.ENOENT, "ENOENT");
                }
            }
            string rel = norm.TrimStart('/');
            string[] names = rel.Split('/');
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i].Length > 255)
                {
                    throw Err.OS(OsErrno.ENAMETOOLONG, "ENAMETOOLONG");
                }
            }
            string full = Path.GetFullPath(Path.Combine(Root, rel));
            if (!Inside(full))
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            return ResolveLinks(full);
        }

        public long TotalBytes(string path)
        {
            return new DriveInfo(Root).TotalSize;
        }

        public long FreeBytes(string path)
        {
            return new DriveInfo(Root).AvailableFreeSpace;
        }

        public int Kind(string path)
        {
            if (path == "/")
            {
                return 2;
            }
            if (path.IndexOf('\0') >= 0)
            {
                throw Err.Value("embedded null byte");
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
            if (HostFileType.IsSpecial(p)) throw Err.OS(OsErrno.EACCES, "EACCES");
            return p;
        }

        public long Size(string path)
        {
            string p = MapOrdinary(path);
            if (File.Exists(p)) return new FileInfo(p).Length;
            if (Directory.Exists(p)) return 0;
            throw Err.OS(OsErrno.ENOENT, "ENOENT");
        }

        public byte[] ReadAll(string path)
        {
            string p = MapOrdinary(path);
            if (!File.Exists(p)) throw Err.OS(OsErrno.ENOENT, "ENOENT");
            Err.Reserve(new FileInfo(p).Length, 1);
            try
            {
                return File.ReadAllBytes(p);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw HostError(e);
            }
        }

        /// <summary>A host I/O failure as the OSError a board gives (no host path, no .NET text).</summary>
        private static PyException HostError(Exception e)
        {
            if (e is PathTooLongException) return Err.OS(OsErrno.ENAMETOOLONG, "ENAMETOOLONG");
            if (e is UnauthorizedAccessException) return Err.OS(OsErrno.EACCES, "EACCES");
            if (e is FileNotFoundException || e is DirectoryNotFoundException) return Err.OS(OsErrno.ENOENT, "ENOENT");
            return Err.OS(OsErrno.EIO, "EIO");
        }

        public string[] ListDir(string path)
        {
            if (path == "/")
            {
                return new string[] { Mount.Substring(1) };
            }
            string p = Map(path);
            if (!Directory.Exists(p)) throw Err.OS(OsErrno.ENOENT, "ENOENT");
            return HostEntries(p);
        }

        private string[] HostEntries(string p)
        {
            string[] all;
            try
            {
                all = Directory.GetFileSystemEntries(p);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw HostError(e);
            }
            string[] entries = new string[all.Length];
            int n = 0;
            foreach (string e in all)
            {
                if (!HostFileType.IsSpecial(e)) entries[n++] = Path.GetFileName(e);
            }
            Array.Resize(ref entries, n);
            return InCreationOrder(p, entries);
        }

        /// <summary>
        /// A board's FAT directory lists entries in the order they were made (a new or renamed entry comes last). The
        /// host folder has no such order: entries first seen are ordered by their creation time as the host reports it
        /// (then by name), and that order is kept for the rest of the run, with entries made later after them.
        /// </summary>
        /// <summary>Before an entry is made at host path p: its folder's order is settled without it.</summary>
        private void BeforeMake(string p)
        {
            string folder = Path.GetDirectoryName(p);
            lock (_order)
            {
                if (folder != null && !_order.ContainsKey(folder) && Directory.Exists(folder))
                {
                    try
                    {
                        HostEntries(folder);
                    }
                    catch (PyException)
                    {
                    }
                }
            }
        }

        /// <summary>An entry made (or renamed) at host path p comes last in its folder.</summary>
        private void Made(string p)
        {
            string folder = Path.GetDirectoryName(p);
            lock (_order)
            {
                List<string> known;
                if (folder != null && _order.TryGetValue(folder, out known))
                {
                    string name = Path.GetFileName(p);
                    known.Remove(name);
                    known.Add(name);
                }
            }
        }

        private string[] InCreationOrder(string folder, string[] names)
        {
            lock (_order)
            {
                HashSet<string> present = new HashSet<string>(names, StringComparer.Ordinal);
                List<string> order = new List<string>();
                List<string> known;
                if (_order.TryGetValue(folder, out known))
                {
                    foreach (string k in known)
                    {
                        if (present.Remove(k))
                        {
                            order.Add(k);
                        }
                    }
                }
                List<KeyValuePair<long, string>> fresh = new List<KeyValuePair<long, string>>();
                foreach (string name in present)
                {
                    string full = Path.Combine(folder, name);
                    long t;
                    try
                    {
                        t = (Directory.Exists(full) ? Directory.GetCreationTimeUtc(full) : File.GetCreationTimeUtc(full)).Ticks;
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        t = long.MaxValue;
                    }
                    fresh.Add(new KeyValuePair<long, string>(t, name));
                }
                fresh.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : string.CompareOrdinal(a.Value, b.Value));
                foreach (KeyValuePair<long, string> f in fresh)
                {
                    order.Add(f.Value);
                }
                _order[folder] = order;
                return order.ToArray();
            }
        }

        public void MakeDir(string path)
        {
            string p = Map(path);
            if (File.Exists(p) || Directory.Exists(p)) throw Err.OS(OsErrno.EEXIST, "EEXIST");
            try
            {
                BeforeMake(p);
                Directory.CreateDirectory(p);
                Made(p);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw HostError(e);
            }
        }

        public void Remove(string path)
        {
            string p = Map(path);
            if (!File.Exists(p)) throw Err.OS(OsErrno.ENOENT, "ENOENT");
            try
            {
                File.Delete(p);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw HostError(e);
            }
        }

        public void RemoveDir(string path)
        {
            string p = Map(path);
            if (!Directory.Exists(p)) throw Err.OS(OsErrno.ENOENT, "ENOENT");
            if (p == Root) throw Err.OS(OsErrno.EPERM, "EPERM");
            try
            {
                Directory.Delete(p, false);
            }
            catch (IOException)
            {
                throw Err.OS(OsErrno.ENOTEMPTY, "ENOTEMPTY");
            }
            catch (UnauthorizedAccessException)
            {
                throw Err.OS(OsErrno.EACCES, "EACCES");
            }
        }

        public void Rename(string from, string to)
        {
            string a = Map(from);
            string b = Map(to);
            if (a == Root || b == Root) throw Err.OS(OsErrno.EPERM, "EPERM");
            if (!File.Exists(a) && !Directory.Exists(a)) throw Err.OS(OsErrno.ENOENT, "ENOENT");
            if (Directory.Exists(b)) throw Err.OS(File.Exists(a) ? OsErrno.EISDIR : OsErrno.EEXIST, File.Exists(a) ? "EISDIR" : "EEXIST");
            if (Directory.Exists(a) && File.Exists(b)) throw Err.OS(OsErrno.EEXIST, "EEXIST");
            if (Directory.Exists(a) && b.StartsWith(a + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw Err.OS(OsErrno.EINVAL, "EINVAL");
            try
            {
                BeforeMake(b);
                if (File.Exists(a)) File.Move(a, b, true);
                else Directory.Move(a, b);
                Made(b);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw HostError(e);
            }
        }

        public IFile Open(string path, string mode)
        {
            string p = MapOrdinary(path);
            FileMode fm;
            FileAccess fa;
            bool plus = mode.IndexOf('+') >= 0;
            if (mode.IndexOf('w') >= 0) { fm = FileMode.Create; fa = plus ? FileAccess.ReadWrite : FileAccess.Write; }
            else if (mode.IndexOf('a') >= 0) { fm = FileMode.OpenOrCreate; fa = plus ? FileAccess.ReadWrite : FileAccess.Write; }
            else if (mode.IndexOf('x') >= 0) { fm = FileMode.CreateNew; fa = plus ? FileAccess.ReadWrite : FileAccess.Write; }
            else { fm = FileMode.Open; fa = plus ? FileAccess.ReadWrite : FileAccess.Read; }
            if (Directory.Exists(p)) throw Err.OS(OsErrno.EISDIR, "EISDIR");
            if (fm == FileMode.Open && !File.Exists(p)) throw Err.OS(OsErrno.ENOENT, "ENOENT");
            if (fm == FileMode.CreateNew && File.Exists(p)) throw Err.OS(OsErrno.EEXIST, "EEXIST");
            try
            {
                bool fresh = !File.Exists(p);
                if (fresh) BeforeMake(p);
                DesktopFile f = new DesktopFile(new FileStream(p, fm, fa), mode.IndexOf('a') >= 0);
                if (fresh) Made(p);
                return f;
            }
            catch (DirectoryNotFoundException)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            catch (UnauthorizedAccessException)
            {
                throw Err.OS(OsErrno.EACCES, "EACCES");
            }
            catch (IOException e)
            {
                throw HostError(e);
            }
        }
    }
}
