using System;
using System.IO;

namespace MicroPy.Tests
{
    /// <summary>The repository's top folder (the one holding MicroPy.Nano.sln and nf.proj), found from the test
    /// assembly's folder upwards: every test that reads the tree (scripts, examples, built layers) starts here.</summary>
    public static class RepoRoot
    {
        public static readonly string Dir = Find();

        private static string Find()
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null && !(File.Exists(Path.Combine(dir, "MicroPy.Nano.sln")) && File.Exists(Path.Combine(dir, "nf.proj"))))
            {
                dir = Path.GetDirectoryName(dir);
            }
            if (dir == null)
            {
                throw new InvalidOperationException("no MicroPy.Nano.sln above " + AppContext.BaseDirectory);
            }
            return dir;
        }
    }
}
