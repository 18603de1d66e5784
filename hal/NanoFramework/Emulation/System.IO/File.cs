using MicroPy.Hal.NanoFramework.Emulation;

namespace System.IO
{
    /// <summary>
    /// File as nanoframework/System.IO.FileSystem File.cs: Delete of a missing file is a no-op but a missing folder or
    /// a directory is an IOException; Move needs the source and an absent destination; ReadAllBytes of a missing
    /// file is an IOException.
    /// </summary>
    public static class File
    {
        public static bool Exists(string path)
        {
            return Chip.World.PathKind(path) == 1;
        }

        public static void Delete(string path)
        {
            IBoardWorld w = Chip.World;
            int k = w.PathKind(path);
            if (k == 0)
            {
                int i = path.LastIndexOf('\\');
                if (i > 0 && w.PathKind(path.Substring(0, i)) != 2)
                {
                    throw new IOException();
                }
                return;
            }
            if (k == 2 || !w.Delete(path))
            {
                throw new IOException();
            }
        }

        public static void Move(string sourceFileName, string destFileName)
        {
            IBoardWorld w = Chip.World;
            if (w.PathKind(sourceFileName) != 1 || w.PathKind(destFileName) != 0 || !w.Move(sourceFileName, destFileName))
            {
                throw new IOException();
            }
        }

        public static byte[] ReadAllBytes(string path)
        {
            byte[] b = Chip.World.ReadFile(path);
            if (b == null)
            {
                throw new IOException();
            }
            return b;
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            if (Chip.World.PathKind(path) == 2 || !Chip.World.WriteFile(path, bytes, bytes.Length))
            {
                throw new IOException();
            }
        }
    }
}
