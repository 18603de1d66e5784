using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>errno: the error numbers OSError carries (Linux values, as MicroPython's ports use) and errorcode.</summary>
    public sealed class ErrnoModule : NativeModule
    {
        private static ErrnoModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static ErrnoModule Instance
        {
            get { return s_instance ?? (s_instance = new ErrnoModule()); }
        }

        /// <summary>The values of the names below, in their order, from the one errno table (OsErrno).</summary>
        private static readonly int[] s_values =
        {
            OsErrno.EPERM, OsErrno.ENOENT, OsErrno.EIO, OsErrno.EBADF, OsErrno.EAGAIN, OsErrno.ENOMEM, OsErrno.EACCES,
            OsErrno.EEXIST, OsErrno.ENODEV, OsErrno.ENOTDIR, OsErrno.EISDIR, OsErrno.EINVAL, OsErrno.ENOSPC,
            OsErrno.ERANGE, OsErrno.EOPNOTSUPP, OsErrno.EADDRINUSE, OsErrno.ECONNABORTED, OsErrno.ECONNRESET,
            OsErrno.ENOBUFS, OsErrno.ENOTCONN, OsErrno.ETIMEDOUT, OsErrno.ECONNREFUSED, OsErrno.EHOSTUNREACH,
            OsErrno.EALREADY, OsErrno.EINPROGRESS,
        };

        private ErrnoModule() : base("errno", new string[]
        {
            "EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "ENOTDIR", "EISDIR",
            "EINVAL", "ENOSPC", "ERANGE", "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED", "ECONNRESET", "ENOBUFS",
            "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS", "errorcode",
        })
        {
        }

        public override int Kind(int id)
        {
            return MemberValue;
        }

        public override object GetValue(int id)
        {
            if (id < s_values.Length)
            {
                return PyInt.Create(s_values[id]);
            }
            PyDict d = new PyDict();
            for (int i = 0; i < s_values.Length; i++)
            {
                d.Set(PyInt.Create(s_values[i]), Names[i]);
            }
            return d;
        }

        /// <summary>Name of an errno value, or null.</summary>
        public static string NameOf(long errno)
        {
            for (int i = 0; i < s_values.Length; i++)
            {
                if (s_values[i] == errno)
                {
                    return Instance.Names[i];
                }
            }
            return null;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            return PyNone.None;
        }
    }
}
