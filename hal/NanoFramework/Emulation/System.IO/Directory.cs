using MicroPy.Hal.NanoFramework.Emulation;

namespace System.IO
{
    /// <summary>Directory as nanoframework/System.IO.FileSystem Directory.cs (CreateDirectory returns a DirectoryInfo).</summary>
    public static class Directory
    {
        public static bool Exists(string path)
        {
            return Chip.World.PathKind(path) == 2;
        }

        public static DirectoryInfo CreateDirectory(string path)
        {
            if (!Chip.World.CreateDirectory(path))
            {
                throw new IOException();
            }
            return new DirectoryInfo(path);
        }

        public static void Delete(string path)
        {
            if (Chip.World.PathKind(path) != 2 || !Chip.World.Delete(path))
            {
                throw new IOException();
            }
        }

        public static void Move(string sourceDirName, string destDirName)
        {
            IBoardWorld w = Chip.World;
            if (w.PathKind(sourceDirName) != 2 || w.PathKind(destDirName) != 0 || !w.Move(sourceDirName, destDirName))
            {
                throw new IOException();
            }
        }

        public static string[] GetFiles(string path)
        {
            if (Chip.World.PathKind(path) != 2)
            {
                throw new IOException();
            }
            return Chip.World.List(path, false);
        }

        public static string[] GetDirectories(string path)
        {
            if (Chip.World.PathKind(path) != 2)
            {
                throw new IOException();
            }
            return Chip.World.List(path, true);
        }
    }
}
