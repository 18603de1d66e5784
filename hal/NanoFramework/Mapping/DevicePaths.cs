using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// Python's view of a board's storage against nanoFramework's drives: "/flash/..." is the board's FlashDrive
    /// ("I:" = internal flash), "/sd/..." its SdDrive ("D:" = SD card). Paths use '/' in Python and '\' on the drive.
    /// Pure string logic, shared by the device file system and the desktop tests.
    /// </summary>
    public static class DevicePaths
    {
        public const string FlashMount = "/flash";
        public const string SdMount = "/sd";

        /// <summary>
        /// "/flash/lib/x.py" -> "I:\lib\x.py", "/sd" -> "D:\". '.' and '..' are resolved first (".." never climbs
        /// out of a mount). Null for "/" itself, for paths outside the mounts, for a relative path and for a
        /// mount whose drive is null.
        /// </summary>
        public static string ToNative(string path, string flashDrive, string sdDrive)
        {
            string norm = Normalize(path);
            if (norm == null)
            {
                return null;
            }
            string drive;
            string rest;
            if (Under(norm, FlashMount))
            {
                drive = flashDrive;
                rest = norm.Substring(FlashMount.Length);
            }
            else if (Under(norm, SdMount))
            {
                drive = sdDrive;
                rest = norm.Substring(SdMount.Length);
            }
            else
            {
                return null;
            }
            if (drive == null)
            {
                return null;
            }
            StrBuf sb = new StrBuf();
            sb.Append(drive);
            if (drive.Length == 0 || drive[drive.Length - 1] != '\\')
            {
                sb.Append('\\');
            }
            for (int i = 0; i < rest.Length; i++)
            {
                char c = rest[i];
                if (c == '/')
                {
                    if (i == 0)
                    {
                        continue;
                    }
                    c = '\\';
                }
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>"I:\lib\x.py" -> "/flash/lib/x.py" (the inverse of ToNative); null when the drive is not mounted.</summary>
        public static string FromNative(string nativePath, string flashDrive, string sdDrive)
        {
            string mount = null;
            int skip = 0;
            if (flashDrive != null && StartsWithDrive(nativePath, flashDrive))
            {
                mount = FlashMount;
                skip = flashDrive.Length;
            }
            else if (sdDrive != null && StartsWithDrive(nativePath, sdDrive))
            {
                mount = SdMount;
                skip = sdDrive.Length;
            }
            if (mount == null)
            {
                return null;
            }
            StrBuf sb = new StrBuf();
            sb.Append(mount);
            bool sep = true;
            for (int i = skip; i < nativePath.Length; i++)
            {
                char c = nativePath[i];
                if (c == '\\' || c == '/')
                {
                    sep = true;
                    continue;
                }
                if (sep)
                {
                    sb.Append('/');
                    sep = false;
                }
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>Last component of a native or Python path ("I:\lib\x.py" -> "x.py").</summary>
        public static string LeafName(string path)
        {
            int end = path.Length;
            while (end > 0 && (path[end - 1] == '\\' || path[end - 1] == '/'))
            {
                end--;
            }
            int start = end;
            while (start > 0 && path[start - 1] != '\\' && path[start - 1] != '/')
            {
                start--;
            }
            return path.Substring(start, end - start);
        }

        /// <summary>The mount points present at "/" ("flash" and/or "sd").</summary>
        public static string[] RootEntries(string flashDrive, string sdDrive)
        {
            int n = (flashDrive != null ? 1 : 0) + (sdDrive != null ? 1 : 0);
            string[] r = new string[n];
            int i = 0;
            if (flashDrive != null)
            {
                r[i++] = FlashMount.Substring(1);
            }
            if (sdDrive != null)
            {
                r[i] = SdMount.Substring(1);
            }
            return r;
        }

        /// <summary>An absolute POSIX path with '.', '..' and repeated '/' or '\' resolved ("/" for the root), or null if
        /// relative; ".." stops at the mount point (PathNames, the one normaliser).</summary>
        public static string Normalize(string path)
        {
            return PathNames.Normalize(path, null, true, true);
        }

        private static bool Under(string norm, string mount)
        {
            return norm == mount || norm.StartsWith(mount + "/");
        }

        private static bool StartsWithDrive(string path, string drive)
        {
            if (path.Length < drive.Length)
            {
                return false;
            }
            for (int i = 0; i < drive.Length; i++)
            {
                char a = path[i];
                char b = drive[i];
                if (a >= 'a' && a <= 'z')
                {
                    a = (char)(a - 32);
                }
                if (b >= 'a' && b <= 'z')
                {
                    b = (char)(b - 32);
                }
                if (a != b)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
