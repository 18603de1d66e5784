using System;
using System.Runtime.InteropServices;

namespace MicroPy.Hal.Desktop
{
    /// <summary>
    /// What a host path is beyond "exists": a board's file system holds only regular files and directories, so a
    /// FIFO, device or socket in the flash folder must be refused before anything opens it (opening a FIFO blocks
    /// until a writer appears). .NET reports all of them as plain files; Linux's statx(2) tells them apart (its
    /// struct has one layout on every architecture). Elsewhere every existing non-directory counts as regular.
    /// </summary>
    internal static class HostFileType
    {
        private const int AtFdCwd = -100;
        private const uint StatxType = 0x1;
        private const int ModeOffset = 28;
        private const int TypeMask = 0xF000;
        private const int Regular = 0x8000;
        private const int Directory = 0x4000;

        [DllImport("libc", SetLastError = true)]
        private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buf);

        private static bool s_unavailable;

        /// <summary>True when p exists and is neither a regular file nor a directory (symbolic links followed).</summary>
        public static bool IsSpecial(string p)
        {
            if (s_unavailable || !OperatingSystem.IsLinux())
            {
                return false;
            }
            byte[] buf = new byte[256];
            try
            {
                if (statx(AtFdCwd, p, 0, StatxType, buf) != 0)
                {
                    return false;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException || e is DllNotFoundException)
            {
                s_unavailable = true;
                return false;
            }
            int type = (buf[ModeOffset] | (buf[ModeOffset + 1] << 8)) & TypeMask;
            return type != Regular && type != Directory;
        }
    }
}
