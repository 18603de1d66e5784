namespace MicroPy.Hal
{
    /// <summary>
    /// File system seen by Python: absolute POSIX-style paths ("/flash/main.py"). The implementation maps them
    /// onto its storage and refuses anything outside it. Failures throw PyException OSError(errno).
    /// </summary>
    public interface IFileSystem
    {
        /// <summary>0 = absent, 1 = file, 2 = directory.</summary>
        int Kind(string path);

        long Size(string path);

        byte[] ReadAll(string path);

        string[] ListDir(string path);

        void MakeDir(string path);

        void Remove(string path);

        void RemoveDir(string path);

        void Rename(string from, string to);

        /// <summary>Opens a file; mode is Python's ('r', 'rb', 'w', 'wb', 'a', 'ab', 'r+', ...).</summary>
        IFile Open(string path, string mode);
    }
}
