namespace MicroPy.Hal
{
    /// <summary>Optional on an IFileSystem: the size of the storage behind a path, for os.statvfs.</summary>
    public interface IFileSystemSpace
    {
        /// <summary>Total bytes of the storage holding path (0 when unknown).</summary>
        long TotalBytes(string path);

        /// <summary>Bytes still free there (0 when unknown).</summary>
        long FreeBytes(string path);
    }
}
