namespace MicroPy.Hal
{
    /// <summary>
    /// The one path normaliser: POSIX paths as Python sees them on a board ("/flash/lib/x.py"), for the os module,
    /// io.open, the VFS mounts and the nanoFramework drive mapping alike.
    /// </summary>
    public static class PathNames
    {
        private static string s_cwd = "/flash";

        /// <summary>
        /// The current folder of the board's file system (os.chdir), against which os, open() and the importer's
        /// relative sys.path entries resolve relative paths.
        /// </summary>
        public static string Cwd
        {
            get { return s_cwd; }
            set { s_cwd = value; }
        }

        /// <summary>path made absolute against <see cref="Cwd"/> ('.' and '..' resolved; ".." stops at the root).</summary>
        public static string Absolute(string path)
        {
            return Normalize(path, s_cwd, false, false);
        }

        /// <summary>
        /// path as an absolute path with '.', '..' and repeated separators resolved ("/" for the root). A relative
        /// path is taken against cwd, or gives null when cwd is null. backslash: '\' separates too (drive paths).
        /// stayInMount: ".." never removes the first component, so "/flash/../sd" stays inside /flash (as the
        /// desktop file system does); otherwise ".." stops at the root.
        /// </summary>
        public static string Normalize(string path, string cwd, bool backslash, bool stayInMount)
        {
            if (path == null)
            {
                return null;
            }
            if (path.Length == 0 || (path[0] != '/' && !(backslash && path[0] == '\\')))
            {
                if (cwd == null)
                {
                    return null;
                }
                path = (cwd == "/" ? "/" : cwd + "/") + path;
            }
            char[] buf = new char[path.Length + 1];
            int[] starts = new int[path.Length / 2 + 2];
            int depth = 0;
            int len = 0;
            int i = 0;
            while (i < path.Length)
            {
                if (IsSeparator(path[i], backslash))
                {
                    i++;
                    continue;
                }
                int end = i;
                while (end < path.Length && !IsSeparator(path[end], backslash))
                {
                    end++;
                }
                int n = end - i;
                if (n == 2 && path[i] == '.' && path[i + 1] == '.')
                {
                    if (depth > (stayInMount ? 1 : 0))
                    {
                        depth--;
                        len = starts[depth];
                    }
                }
                else if (n != 1 || path[i] != '.')
                {
                    starts[depth++] = len;
                    buf[len++] = '/';
                    for (int k = i; k < end; k++)
                    {
                        buf[len++] = path[k];
                    }
                }
                i = end;
            }
            return depth == 0 ? "/" : new string(buf, 0, len);
        }

        private static bool IsSeparator(char c, bool backslash)
        {
            return c == '/' || (backslash && c == '\\');
        }
    }
}
