using MicroPy.Hal.NanoFramework.Emulation;

namespace System.IO
{
    public sealed class DirectoryInfo
    {
        private readonly string _fullPath;

        public DirectoryInfo(string path)
        {
            _fullPath = path;
        }

        public string FullName
        {
            get { return _fullPath; }
        }

        public bool Exists
        {
            get { return Chip.World.PathKind(_fullPath) == 2; }
        }
    }
}
