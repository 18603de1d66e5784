using System;
using MicroPy.Boards;
using MicroPy.Objects;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>errno values and the mapping of nanoFramework exceptions to OSError.</summary>
    public static class NanoErrors
    {
        /// <summary>A nanoFramework exception from a peripheral or the file system as OSError (PyExceptions pass).</summary>
        public static Exception ToOSError(Exception e, string what)
        {
            if (e is PyException)
            {
                return e;
            }
            if (e is System.IO.IOException)
            {
                return Err.OS(OsErrno.EIO, what);
            }
            if (e is ArgumentException)
            {
                return Err.OS(OsErrno.EINVAL, what);
            }
            if (e is InvalidOperationException)
            {
                return Err.OS(OsErrno.EBUSY, what);
            }
            if (e is NotSupportedException || e is NotImplementedException)
            {
                return Err.OS(OsErrno.ENODEV, what + " is not supported by this firmware");
            }
            return Err.OS(OsErrno.EIO, what);
        }
    }
}
