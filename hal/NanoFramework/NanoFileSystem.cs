using System;
using System.IO;
using MicroPy.Boards;
using MicroPy.Objects;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// Python's file system on nanoFramework's drives (System.IO.FileSystem): /flash is the board's FlashDrive (I:),
    /// /sd its SdDrive (D:), "/" lists the mounts. Relative paths resolve under the home mount (/flash, else /sd)
    /// as on the desktop HAL; the uos module makes them absolute against its cwd before they get here.
    /// </summary>
    public sealed class NanoFileSystem : IFileSystem
    {
        private readonly string _flash;
        private readonly string _sd;

        public NanoFileSystem(string flashDrive, string sdDrive)
        {
            _flash = flashDrive;
            _sd = sdDrive;
        }

        /// <summary>"/flash" when the board has a flash drive, else "/sd", else null.</summary>
        public string Home
        {
            get { return _flash != null ? DevicePaths.FlashMount : _sd != null ? DevicePaths.SdMount : null; }
        }

        private string Absolute(string path)
        {
            if (path.Length > 0 && (path[0] == '/' || path[0] == '\\'))
            {
                return path;
            }
            string home = Home;
            return home == null ? "/" + path : home + "/" + path;
        }

        private bool IsRoot(string path)
        {
            return DevicePaths.Normalize(Absolute(path)) == "/";
        }

        /// <summary>The drive path for a Python path, or OSError(ENOENT).</summary>
        public string Map(string path)
        {
            string n = DevicePaths.ToNative(Absolute(path), _flash, _sd);
            if (n == null)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            return n;
        }

        private static bool IsDriveRoot(string native)
        {
            return native.Length <= 3 && native.Length >= 2 && native[1] == ':';
        }

        public int Kind(string path)
        {
            if (IsRoot(path))
            {
                return 2;
            }
            string n = DevicePaths.ToNative(Absolute(path), _flash, _sd);
            if (n == null)
            {
                return 0;
            }
            try
            {
                if (IsDriveRoot(n))
                {
                    return Directory.Exists(n) ? 2 : 0;
                }
                if (File.Exists(n))
                {
                    return 1;
                }
                return Directory.Exists(n) ? 2 : 0;
            }
            catch (Exception)
            {
                return 0;
            }
        }

        public long Size(string path)
        {
            int k = Kind(path);
            if (k == 0)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            if (k == 2)
            {
                return 0;
            }
            try
            {
                FileStream fs = new FileStream(Map(path), FileMode.Open, FileAccess.Read);
                long len = fs.Length;
                fs.Dispose();
                return len;
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "stat failed");
            }
        }

        public byte[] ReadAll(string path)
        {
            if (Kind(path) != 1)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            try
            {
                return File.ReadAllBytes(Map(path));
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "read failed");
            }
        }

        public string[] ListDir(string path)
        {
            if (IsRoot(path))
            {
                return DevicePaths.RootEntries(_flash, _sd);
            }
            if (Kind(path) != 2)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            string n = Map(path);
            string[] dirs;
            string[] files;
            try
            {
                dirs = Directory.GetDirectories(n);
                files = Directory.GetFiles(n);
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "listdir failed");
            }
            string[] all = new string[dirs.Length + files.Length];
            int k = 0;
            for (int i = 0; i < dirs.Length; i++)
            {
                all[k++] = DevicePaths.LeafName(dirs[i]);
            }
            for (int i = 0; i < files.Length; i++)
            {
                all[k++] = DevicePaths.LeafName(files[i]);
            }
            Sort(all);
            return all;
        }

        private static void Sort(string[] a)
        {
            for (int i = 1; i < a.Length; i++)
            {
                string v = a[i];
                int j = i - 1;
                while (j >= 0 && Ordinal(a[j], v) > 0)
                {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        }

        private static int Ordinal(string x, string y)
        {
            int n = x.Length < y.Length ? x.Length : y.Length;
            for (int i = 0; i < n; i++)
            {
                if (x[i] != y[i])
                {
                    return x[i] - y[i];
                }
            }
            return x.Length - y.Length;
        }

        private static string Parent(string absPath)
        {
            string norm = DevicePaths.Normalize(absPath);
            int i = norm.LastIndexOf('/');
            return i <= 0 ? "/" : norm.Substring(0, i);
        }

        public void MakeDir(string path)
        {
            if (Kind(path) != 0)
            {
                throw Err.OS(OsErrno.EEXIST, "EEXIST");
            }
            string n = Map(path);
            if (Kind(Parent(Absolute(path))) != 2)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            try
            {
                Directory.CreateDirectory(n);
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "mkdir failed");
            }
        }

        public void Remove(string path)
        {
            int k = Kind(path);
            if (k == 2)
            {
                throw Err.OS(OsErrno.EISDIR, "EISDIR");
            }
            if (k != 1)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            try
            {
                File.Delete(Map(path));
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "remove failed");
            }
        }

        public void RemoveDir(string path)
        {
            if (Kind(path) != 2 || IsRoot(path))
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            string n = Map(path);
            if (IsDriveRoot(n))
            {
                throw Err.OS(OsErrno.EACCES, "EACCES");
            }
            try
            {
                if (Directory.GetFiles(n).Length > 0 || Directory.GetDirectories(n).Length > 0)
                {
                    throw Err.OS(OsErrno.ENOTEMPTY, "ENOTEMPTY");
                }
                Directory.Delete(n);
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "rmdir failed");
            }
        }

        public void Rename(string from, string to)
        {
            int k = Kind(from);
            if (k == 0)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            string a = Map(from);
            string b = Map(to);
            try
            {
                if (k == 1)
                {
                    // POSIX rename replaces an existing file; nanoFramework's File.Move does not.
                    if (File.Exists(b))
                    {
                        File.Delete(b);
                    }
                    File.Move(a, b);
                }
                else
                {
                    Directory.Move(a, b);
                }
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "rename failed");
            }
        }

        public IFile Open(string path, string mode)
        {
            FileMode fm;
            FileAccess fa;
            bool plus = mode.IndexOf('+') >= 0;
            if (mode.IndexOf('w') >= 0)
            {
                fm = FileMode.Create;
                fa = plus ? FileAccess.ReadWrite : FileAccess.Write;
            }
            else if (mode.IndexOf('a') >= 0)
            {
                fm = FileMode.Append;
                fa = FileAccess.Write;
            }
            else if (mode.IndexOf('x') >= 0)
            {
                fm = FileMode.CreateNew;
                fa = plus ? FileAccess.ReadWrite : FileAccess.Write;
            }
            else
            {
                fm = FileMode.Open;
                fa = plus ? FileAccess.ReadWrite : FileAccess.Read;
            }
            int k = Kind(path);
            if (k == 2)
            {
                throw Err.OS(OsErrno.EISDIR, "EISDIR");
            }
            if (fm == FileMode.Open && k != 1)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            if (fm == FileMode.CreateNew && k == 1)
            {
                throw Err.OS(OsErrno.EEXIST, "EEXIST");
            }
            string n = Map(path);
            try
            {
                return new NanoFile(new FileStream(n, fm, fa));
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "open failed");
            }
        }
    }
}
