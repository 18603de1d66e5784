using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>
    /// The file system seen by Python once os.mount has been used: Python VFS objects (anything with MicroPython's
    /// VFS methods: open, stat, ilistdir, mkdir, remove, rmdir, rename, chdir, mount, umount; e.g. mpremote's
    /// RemoteFS) mounted at top-level points, in front of the platform's own file system. Paths reach a VFS object
    /// relative to its mount point ("/remote/a/b.py" is "/a/b.py"); relative paths resolve against os.getcwd().
    /// A device the HAL serves (IMountable: machine.SD on the simulated board) mounts its IFileSystem the same way.
    /// </summary>
    public sealed class VfsMounts : IFileSystem
    {
        private readonly IFileSystem _base;
        private string[] _points = new string[2];
        private object[] _objs = new object[2];
        private object[] _devs = new object[2];
        private int _count;

        private VfsMounts(IFileSystem baseFs)
        {
            _base = baseFs;
        }

        public IFileSystem Base
        {
            get { return _base; }
        }

        /// <summary>os.mount(obj, point): installs the mount table in front of the platform file system.</summary>
        public static void Mount(object obj, string point, bool readOnly)
        {
            while (point.Length > 1 && point[point.Length - 1] == '/')
            {
                point = point.Substring(0, point.Length - 1);
            }
            if (point.Length < 2 || point[0] != '/' || point.IndexOf('/', 1) >= 0)
            {
                throw Err.OS(OsErrno.EINVAL, "EINVAL");
            }
            object impl = obj;
            IMountable dev = Ops.NativeSelf(obj) as IMountable;
            if (dev != null)
            {
                IFileSystem files = dev.MountFiles();
                if (files == null)
                {
                    // The platform serves the card itself at /sd (a nanoFramework drive): mounting it there is done.
                    if (point == "/sd" && Platform.FileSystem != null && Platform.FileSystem.Kind(point) == 2)
                    {
                        return;
                    }
                    throw Err.OS(OsErrno.EINVAL, "this board serves its card as /sd");
                }
                impl = files;
            }
            VfsMounts m = Platform.FileSystem as VfsMounts;
            if (m == null)
            {
                if (Platform.FileSystem == null || Platform.FileSystem.Kind(point) != 0)
                {
                    throw Err.OS(OsErrno.EPERM, "EPERM");
                }
                m = new VfsMounts(Platform.FileSystem);
            }
            else if (m.Find(point) >= 0 || m._base.Kind(point) != 0)
            {
                throw Err.OS(OsErrno.EPERM, "EPERM");
            }
            // A device mounts once (cc3200 moduos.c: osmount_find_by_device).
            for (int k = 0; m._devs != null && k < m._count; k++)
            {
                if (m._devs[k] == obj)
                {
                    throw Err.OS(OsErrno.EPERM, "EPERM");
                }
            }
            if (dev == null)
            {
                Ops.CallMethod2(obj, "mount", readOnly ? PyBool.True : PyBool.False, PyBool.False);
            }
            else
            {
                // A card that cannot be read (its slot disabled) does not mount.
                ((IFileSystem)impl).Kind("/");
            }
            if (m._count == m._points.Length)
            {
                string[] p = new string[m._count * 2];
                object[] o = new object[m._count * 2];
                object[] d = new object[m._count * 2];
                System.Array.Copy(m._points, p, m._count);
                System.Array.Copy(m._objs, o, m._count);
                System.Array.Copy(m._devs, d, m._count);
                m._points = p;
                m._objs = o;
                m._devs = d;
            }
            m._points[m._count] = point;
            m._objs[m._count] = impl;
            m._devs[m._count] = obj;
            m._count++;
            Platform.FileSystem = m;
        }

        /// <summary>os.umount(point or obj).</summary>
        public static void Umount(object what)
        {
            VfsMounts m = Platform.FileSystem as VfsMounts;
            int i = -1;
            if (m != null)
            {
                for (int k = 0; k < m._count; k++)
                {
                    if (m._devs[k] == what || (what is string && m._points[k] == UosModule.Absolute((string)what)))
                    {
                        i = k;
                    }
                }
            }
            if (i < 0)
            {
                throw Err.OS(OsErrno.EINVAL, "EINVAL");
            }
            object obj = m._objs[i];
            m.RemoveAt(i);
            if (!(obj is IFileSystem))
            {
                Ops.CallMethod0(obj, "umount");
            }
        }

        /// <summary>os.mkfs(path or device): formats a device os.mount serves (IMountable), by its mount point or itself.</summary>
        public static void Mkfs(object what)
        {
            string path = what as string;
            if (path != null)
            {
                // cc3200 moduos.c: a relative path is an invalid argument.
                if (path.Length == 0 || path[0] != '/')
                {
                    throw Err.OS(OsErrno.EINVAL, "EINVAL");
                }
                VfsMounts m = Platform.FileSystem as VfsMounts;
                int i = m == null ? -1 : m.Find(UosModule.Absolute(path));
                if (i < 0 || m._points[i] != UosModule.Absolute(path) || !(m._devs[i] is IMountable))
                {
                    throw Err.OS(OsErrno.EPERM, "EPERM");
                }
                what = m._devs[i];
            }
            IMountable dev = Ops.NativeSelf(what) as IMountable;
            if (dev == null)
            {
                throw Err.OS(OsErrno.ENODEV, "ENODEV");
            }
            dev.Format();
        }

        /// <summary>Soft reset: every mount goes; the platform file system is back.</summary>
        public static void Reset()
        {
            VfsMounts m = Platform.FileSystem as VfsMounts;
            if (m != null)
            {
                Platform.FileSystem = m._base;
            }
        }

        private void RemoveAt(int i)
        {
            _count--;
            for (int k = i; k < _count; k++)
            {
                _points[k] = _points[k + 1];
                _objs[k] = _objs[k + 1];
                _devs[k] = _devs[k + 1];
            }
            _points[_count] = null;
            _objs[_count] = null;
            _devs[_count] = null;
            if (_count == 0 && Platform.FileSystem == this)
            {
                Platform.FileSystem = _base;
            }
        }

        /// <summary>The mount holding an absolute path, or -1.</summary>
        private int Find(string abs)
        {
            for (int i = 0; i < _count; i++)
            {
                string p = _points[i];
                if (abs == p || (abs.Length > p.Length && abs[p.Length] == '/' && abs.StartsWith(p)))
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>The VFS object for path (its path relative to the mount in rel), or null for the base.</summary>
        public object Resolve(string path, out string rel)
        {
            string abs = UosModule.Absolute(path);
            int i = Find(abs);
            if (i < 0)
            {
                rel = abs;
                return null;
            }
            rel = abs.Length == _points[i].Length ? "/" : abs.Substring(_points[i].Length);
            return _objs[i];
        }

        private object Stat(object vfs, string rel)
        {
            try
            {
                return Ops.CallMethod1(vfs, "stat", rel);
            }
            catch (PyException e)
            {
                if (e.Value.IsInstance(PyExc.OSError))
                {
                    return null;
                }
                throw;
            }
        }

        public int Kind(string path)
        {
            string rel;
            object vfs = Resolve(path, out rel);
            if (vfs == null)
            {
                return _base.Kind(rel);
            }
            if (vfs is IFileSystem)
            {
                return ((IFileSystem)vfs).Kind(rel);
            }
            object st = Stat(vfs, rel);
            if (st == null)
            {
                return 0;
            }
            return (Ops.ToLong(Ops.GetItem(st, PyInt.Create(0))) & 0x4000) != 0 ? 2 : 1;
        }

        public long Size(string path)
        {
            string rel;
            object vfs = Resolve(path, out rel);
            if (vfs == null)
            {
                return _base.Size(rel);
            }
            if (vfs is IFileSystem)
            {
                return ((IFileSystem)vfs).Size(rel);
            }
            object st = Stat(vfs, rel);
            if (st == null)
            {
                throw Err.OS(OsErrno.ENOENT, "ENOENT");
            }
            return Ops.ToLong(Ops.GetItem(st, PyInt.Create(6)));
        }

        public byte[] ReadAll(string path)
        {
            string rel;
            object vfs = Resolve(path, out rel);
            if (vfs == null)
            {
                return _base.ReadAll(rel);
            }
            if (vfs is IFileSystem)
            {
                return ((IFileSystem)vfs).ReadAll(rel);
            }
            object f = Ops.CallMethod2(vfs, "open", rel, "rb");
            try
            {
                return BytesOf(Ops.CallMethod0(f, "read"));
            }
            finally
            {
                Ops.CallMethod0(f, "close");
            }
        }

        /// <summary>The bytes of a VFS read result (a bytes-like object, str or None).</summary>
        public static byte[] BytesOf(object data)
        {
            string s = data as string;
            if (s != null)
            {
                return Utf8.Encode(s);
            }
            if (data == (object)PyNone.None)
            {
                return new byte[0];
            }
            if (!Buffers.Has(data))
            {
                throw Err.Type("read() returned " + Ops.TypeName(data));
            }
            return Buffers.BytesOf(data);
        }

        public string[] ListDir(string path)
        {
            string rel;
            object vfs = Resolve(path, out rel);
            if (vfs == null)
            {
                string[] names = _base.ListDir(rel);
                if (rel != "/")
                {
                    return names;
                }
                string[] all = new string[names.Length + _count];
                System.Array.Copy(names, all, names.Length);
                for (int i = 0; i < _count; i++)
                {
                    all[names.Length + i] = _points[i].Substring(1);
                }
                return all;
            }
            if (vfs is IFileSystem)
            {
                return ((IFileSystem)vfs).ListDir(rel);
            }
            object it = Ops.GetIter(Ops.CallMethod1(vfs, "ilistdir", rel));
            string[] r = new string[8];
            int n = 0;
            object e;
            while ((e = Ops.Next(it)) != null)
            {
                if (n == r.Length)
                {
                    string[] g = new string[n * 2];
                    System.Array.Copy(r, g, n);
                    r = g;
                }
                r[n++] = Ops.Str(Ops.GetItem(e, PyInt.Create(0)));
            }
            string[] result = new string[n];
            System.Array.Copy(r, result, n);
            return result;
        }

        public void MakeDir(string path)
        {
            Call1(path, "mkdir");
        }

        public void Remove(string path)
        {
            Call1(path, "remove");
        }

        public void RemoveDir(string path)
        {
            Call1(path, "rmdir");
        }

        private void Call1(string path, string method)
        {
            string rel;
            object vfs = Resolve(path, out rel);
            if (vfs == null)
            {
                if (method == "mkdir")
                {
                    _base.MakeDir(rel);
                }
                else if (method == "remove")
                {
                    _base.Remove(rel);
                }
                else
                {
                    _base.RemoveDir(rel);
                }
                return;
            }
            IFileSystem fs = vfs as IFileSystem;
            if (fs != null)
            {
                if (method == "mkdir")
                {
                    fs.MakeDir(rel);
                }
                else if (method == "remove")
                {
                    fs.Remove(rel);
                }
                else
                {
                    fs.RemoveDir(rel);
                }
                return;
            }
            Ops.CallMethod1(vfs, method, rel);
        }

        public void Rename(string from, string to)
        {
            string relFrom;
            string relTo;
            object a = Resolve(from, out relFrom);
            object b = Resolve(to, out relTo);
            if (a != b)
            {
                throw Err.OS(OsErrno.EXDEV, "EXDEV");
            }
            if (a == null)
            {
                _base.Rename(relFrom, relTo);
                return;
            }
            if (a is IFileSystem)
            {
                ((IFileSystem)a).Rename(relFrom, relTo);
                return;
            }
            Ops.CallMethod2(a, "rename", relFrom, relTo);
        }

        public IFile Open(string path, string mode)
        {
            string rel;
            object vfs = Resolve(path, out rel);
            if (vfs == null)
            {
                return _base.Open(rel, mode);
            }
            if (vfs is IFileSystem)
            {
                return ((IFileSystem)vfs).Open(rel, mode);
            }
            // The io layer decodes text itself: the VFS object always opens in binary.
            return new VfsFile(Ops.CallMethod2(vfs, "open", rel, mode.IndexOf('b') >= 0 ? mode : mode + "b"));
        }

        /// <summary>os.chdir into a mount calls the VFS object's chdir, as MicroPython does; false outside mounts.</summary>
        public bool Chdir(string abs)
        {
            string rel;
            object vfs = Resolve(abs, out rel);
            if (vfs == null)
            {
                return false;
            }
            if (vfs is IFileSystem)
            {
                if (((IFileSystem)vfs).Kind(rel) != 2)
                {
                    throw Err.OS(OsErrno.ENOENT, "ENOENT");
                }
                return true;
            }
            Ops.CallMethod1(vfs, "chdir", rel);
            return true;
        }

        /// <summary>os.statvfs of a mounted VFS object (its statvfs, or zeros when it has none), or null for the base.</summary>
        public object StatVfs(string path)
        {
            string rel;
            object vfs = Resolve(path, out rel);
            if (vfs == null)
            {
                return null;
            }
            if (!(vfs is IFileSystem) && Ops.GetAttrOrNull(vfs, "statvfs") != null)
            {
                return Ops.CallMethod1(vfs, "statvfs", rel);
            }
            PyInt z = PyInt.Create(0);
            return new PyTuple(new object[] { z, z, z, z, z, z, z, z, z, z });
        }
    }
}
