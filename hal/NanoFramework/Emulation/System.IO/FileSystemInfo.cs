namespace System.IO
{
    /// <summary>Shape as nanoframework/System.IO.FileSystem FileSystemInfo.cs (the members DirectoryInfo needs).</summary>
    public abstract class FileSystemInfo
    {
        internal string _fullPath;

        public virtual string FullName
        {
            get { return _fullPath; }
        }

        public abstract bool Exists { get; }

        public abstract string Name { get; }

        public abstract void Delete();
    }
}
