using MicroPy.Hal.NanoFramework.Emulation;

namespace System.IO
{
    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path)
        {
            _fullPath = path;
        }

        public override bool Exists
        {
            get { return Chip.World.PathKind(_fullPath) == 2; }
        }

        public override string Name
        {
            get
            {
                int i = _fullPath.LastIndexOf('\\');
                return i < 0 ? _fullPath : _fullPath.Substring(i + 1);
            }
        }

        public override void Delete()
        {
            Directory.Delete(_fullPath);
        }
    }
}
