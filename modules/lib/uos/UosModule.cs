using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>uos: the file system the HAL provides (a confined folder on the desktop, flash/SD on the device).</summary>
    public sealed class UosModule : NativeModule
    {
        private static UosModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static UosModule Instance
        {
            get { return s_instance ?? (s_instance = new UosModule()); }
        }

        private static ulong s_rand;
        private static object s_dupterm = PyNone.None;

        private UosModule() : base("uos", new string[]
        {
            "chdir", "getcwd", "listdir", "ilistdir", "mkdir", "remove", "rmdir", "rename", "stat", "sync", "urandom",
            "uname", "unlink", "sep", "dupterm", "statvfs", "mount", "umount", "unmount", "mkfs",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Chdir = 0;
            public const int GetCwd = 1;
            public const int ListDir = 2;
            public const int IListDir = 3;
            public const int MkDir = 4;
            public const int Remove = 5;
            public const int RmDir = 6;
            public const int Rename = 7;
            public const int Stat = 8;
            public const int Sync = 9;
            public const int URandom = 10;
            public const int UName = 11;
            public const int Unlink = 12;
            public const int Sep = 13;
            public const int DupTerm = 14;
            public const int StatVfs = 15;
            public const int Mount = 16;
            public const int UMount = 17;
            public const int UnMount = 18;
            public const int MkFs = 19;
        }

        public override int Kind(int id)
        {
            return id == Id.Sep ? MemberValue : MemberStatic;
        }

        public override object GetValue(int id)
        {
            return "/";
        }

        /// <summary>path made absolute against the current directory, with '.' and '..' resolved (PathNames).</summary>
        public static string Absolute(string path)
        {
            return PathNames.Absolute(path);
        }

        private static IFileSystem Fs()
        {
            IFileSystem fs = Platform.FileSystem;
            if (fs == null)
            {
                throw Err.OS(OsErrno.ENODEV);
            }
            return fs;
        }

        private static string PathArg(object[] args, int argc, int i, string dflt)
        {
            if (argc <= i)
            {
                return dflt;
            }
            string s = args[i] as string;
            if (s == null)
            {
                throw Err.Type("path must be str");
            }
            return s;
        }

        private static PyType s_unameType;

        /// <summary>(sysname, nodename, release, version, machine) with named fields; on a board, machine is
        /// "board with MCU" and sysname the board's (the WiPy's own values on the WiPy).</summary>
        private static object Uname()
        {
            if (s_unameType == null)
            {
                s_unameType = PyNamedTuple.MakeType("uname_result", new string[] { "sysname", "nodename", "release", "version", "machine" });
            }
            BoardDefinition b = Platform.Hardware != null ? Platform.Hardware.Board : null;
            string sys = b != null && b.Sysname != null ? b.Sysname : Platform.Name;
            string machine = b != null ? b.Name + " with " + b.Mcu : "nanoFramework";
            return Ops.Call(s_unameType, new object[] { sys, sys, "1.8.2", "v1.8.2 on 2026-11-25", machine }, 5, 0);
        }

        /// <summary>Soft reset: mounted VFS objects go, and a current directory inside one.</summary>
        public static void ResetState()
        {
            VfsMounts.Reset();
            IFileSystem fs = Platform.FileSystem;
            if (fs != null && fs.Kind(PathNames.Cwd) != 2)
            {
                PathNames.Cwd = "/flash";
            }
        }

        /// <summary>(bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax) in 4 KB blocks.</summary>
        private static object StatVfs(string path)
        {
            IFileSystem fs = Fs();
            VfsMounts m = fs as VfsMounts;
            if (m != null)
            {
                object r = m.StatVfs(path);
                if (r != null)
                {
                    return r;
                }
                fs = m.Base;
            }
            if (fs.Kind(path) == 0)
            {
                throw Err.OS(OsErrno.ENOENT);
            }
            IFileSystemSpace space = fs as IFileSystemSpace;
            long total = space != null && path != "/" ? space.TotalBytes(path) / 4096 : 0;
            long free = space != null && path != "/" ? space.FreeBytes(path) / 4096 : 0;
            PyInt z = PyInt.Create(0);
            PyInt bs = PyInt.Create(4096);
            return new PyTuple(new object[] { bs, bs, PyInt.Create(total), PyInt.Create(free), PyInt.Create(free), z, z, z, z, PyInt.Create(255) });
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            string name = Names[id];
            switch (id)
            {
                case Id.Chdir:
                    {
                        Ops.CheckArgs(name, argc, kwc, 1, 1);
                        string p = Absolute(PathArg(args, argc, 0, null));
                        VfsMounts m = Platform.FileSystem as VfsMounts;
                        // Into a mounted VFS object: its chdir checks the path (mpremote's checks nothing for its
                        // root, so chdir right after mount makes no request the client is not yet ready for).
                        if (!(m != null && m.Chdir(p)) && Fs().Kind(p) != 2)
                        {
                            throw Err.OS(OsErrno.ENOENT);
                        }
                        PathNames.Cwd = p;
                        return PyNone.None;
                    }
                case Id.GetCwd:
                    return PathNames.Cwd;
                case Id.ListDir:
                    {
                        Ops.CheckArgs(name, argc, kwc, 0, 1);
                        string[] names = Fs().ListDir(Absolute(PathArg(args, argc, 0, ".")));
                        PyList l = new PyList(names.Length);
                        for (int i = 0; i < names.Length; i++)
                        {
                            l.Append(names[i]);
                        }
                        return l;
                    }
                case Id.IListDir:
                    {
                        Ops.CheckArgs(name, argc, kwc, 0, 1);
                        string dir = Absolute(PathArg(args, argc, 0, "."));
                        string[] names = Fs().ListDir(dir);
                        PyList l = new PyList(names.Length);
                        for (int i = 0; i < names.Length; i++)
                        {
                            string full = (dir == "/" ? "/" : dir + "/") + names[i];
                            int kind = Fs().Kind(full);
                            long size = kind == 1 ? Fs().Size(full) : 0;
                            l.Append(new PyTuple(new object[] { names[i], PyInt.Create(kind == 2 ? 0x4000 : 0x8000), PyInt.Create(0), PyInt.Create(size) }));
                        }
                        return l.Iter();
                    }
                case Id.MkDir:
                    Ops.CheckArgs(name, argc, kwc, 1, 1);
                    Fs().MakeDir(Absolute(PathArg(args, argc, 0, null)));
                    return PyNone.None;
                case Id.Remove:
                case Id.Unlink:
                    Ops.CheckArgs(name, argc, kwc, 1, 1);
                    Fs().Remove(Absolute(PathArg(args, argc, 0, null)));
                    return PyNone.None;
                case Id.RmDir:
                    Ops.CheckArgs(name, argc, kwc, 1, 1);
                    Fs().RemoveDir(Absolute(PathArg(args, argc, 0, null)));
                    return PyNone.None;
                case Id.Rename:
                    {
                        Ops.CheckArgs(name, argc, kwc, 2, 2);
                        string from = Absolute(PathArg(args, argc, 0, null));
                        string to = Absolute(PathArg(args, argc, 1, null));
                        Fs().Rename(from, to);
                        // The current directory follows a rename of itself or of a folder above it.
                        if (PathNames.Cwd == from || PathNames.Cwd.StartsWith(from + "/"))
                        {
                            PathNames.Cwd = to + PathNames.Cwd.Substring(from.Length);
                        }
                        return PyNone.None;
                    }
                case Id.Stat:
                    {
                        Ops.CheckArgs(name, argc, kwc, 1, 1);
                        string p = Absolute(PathArg(args, argc, 0, null));
                        int kind = Fs().Kind(p);
                        if (kind == 0)
                        {
                            throw Err.OS(OsErrno.ENOENT);
                        }
                        long size = kind == 1 ? Fs().Size(p) : 0;
                        PyInt z = PyInt.Create(0);
                        return new PyTuple(new object[] { PyInt.Create(kind == 2 ? 0x4000 : 0x8000), z, z, z, z, z, PyInt.Create(size), z, z, z });
                    }
                case Id.Sync:
                    return PyNone.None;
                case Id.DupTerm:
                    {
                        // dupterm([stream]): the stream the REPL is duplicated on (None: none); returns the previous one.
                        Ops.CheckArgs(name, argc, kwc, 0, 1);
                        object prev = s_dupterm;
                        if (argc == 1)
                        {
                            if (args[0] != PyNone.None && (Ops.GetAttrOrNull(args[0], "read") == null || Ops.GetAttrOrNull(args[0], "write") == null))
                            {
                                throw Err.Type("dupterm needs a stream with read and write");
                            }
                            s_dupterm = args[0];
                        }
                        return prev;
                    }
                case Id.StatVfs:
                    Ops.CheckArgs(name, argc, kwc, 1, 1);
                    return StatVfs(Absolute(PathArg(args, argc, 0, null)));
                case Id.Mount:
                    {
                        Ops.CheckArgs(name, argc, kwc, 2, 3);
                        object ro = argc > 2 ? args[2] : Ops.KwArg(args, argc, kwc, "readonly");
                        VfsMounts.Mount(args[0], Absolute(PathArg(args, argc, 1, null)), ro != null && Ops.IsTrue(ro));
                        return PyNone.None;
                    }
                case Id.UnMount:
                    {
                        // unmount(path), the WiPy's (cc3200 moduos.c): /flash stays (OSError), an unknown point is a
                        // ValueError.
                        Ops.CheckArgs(name, argc, kwc, 1, 1);
                        string p = PathArg(args, argc, 0, null);
                        if (Absolute(p) == "/flash")
                        {
                            throw Err.OS(OsErrno.EPERM, "EPERM");
                        }
                        PyException err = null;
                        try
                        {
                            VfsMounts.Umount(Absolute(p));
                        }
                        catch (PyException e)
                        {
                            err = e;
                        }
                        if (err != null)
                        {
                            // Thrown after the handler (on nanoCLR a throw inside one holds a nested-exception slot).
                            if (err.Value.IsInstance(PyExc.OSError))
                            {
                                throw Err.Value("invalid argument(s) value");
                            }
                            throw err;
                        }
                        if (Fs().Kind(PathNames.Cwd) != 2)
                        {
                            PathNames.Cwd = "/flash";
                        }
                        return PyNone.None;
                    }
                case Id.MkFs:
                    Ops.CheckArgs(name, argc, kwc, 1, 1);
                    VfsMounts.Mkfs(args[0]);
                    return PyNone.None;
                case Id.UMount:
                    Ops.CheckArgs(name, argc, kwc, 1, 1);
                    VfsMounts.Umount(args[0] is string ? Absolute((string)args[0]) : args[0]);
                    if (Fs().Kind(PathNames.Cwd) != 2)
                    {
                        PathNames.Cwd = "/flash";
                    }
                    return PyNone.None;
                case Id.URandom:
                    {
                        Ops.CheckArgs(name, argc, kwc, 1, 1);
                        long n = Ops.ToLong(args[0]);
                        if (n < 0)
                        {
                            throw Err.Value("negative count");
                        }
                        if (s_rand == 0)
                        {
                            s_rand = (ulong)(Platform.Clock != null ? Platform.Clock.TicksUs() : 1) * 0x9E3779B97F4A7C15UL | 1;
                        }
                        byte[] b = new byte[n];
                        for (int i = 0; i < n; i++)
                        {
                            s_rand ^= s_rand << 13;
                            s_rand ^= s_rand >> 7;
                            s_rand ^= s_rand << 17;
                            b[i] = (byte)(s_rand >> 24);
                        }
                        return new PyBytes(b);
                    }
                default:
                    return Uname();
            }
        }
    }
}
