using System.IO;
using MicroPy.Core;
using MicroPy.Hal;
using MicroPy.Tests.Containers;
using Xunit;

namespace MicroPy.Tests.Builtins
{
    [Collection("Interp")]
    public class OpenFallbackTests
    {
        [Fact]
        public void OpenReadsAndWritesThroughPlatformFileSystem()
        {
            string dir = Path.Combine(Path.GetTempPath(), "micropy-open-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            IFileSystem saved = Platform.FileSystem;
            object savedHook = BuiltinsModule.OpenHook;
            try
            {
                Platform.FileSystem = new MicroPy.Hal.Desktop.DesktopFileSystem(dir);
                BuiltinsModule.OpenHook = null;
                string src = "with open('a.txt', 'w') as f:\n    print(f.write('ab\\nc\\u00e9'))\n"
                    + "print(open('a.txt').readlines(), open('a.txt', 'rb').read())\n"
                    + "for line in open('a.txt'): print(repr(line))\n"
                    + "try:\n    open('nope')\nexcept OSError as e:\n    print(e.args[0])\n";
                Assert.Equal("5\n['ab\\n', 'cé'] b'ab\\nc\\xc3\\xa9'\n'ab\\n'\n'cé'\n2\n", PyRunner.Run(src));
            }
            finally
            {
                Platform.FileSystem = saved;
                BuiltinsModule.OpenHook = savedHook;
                Directory.Delete(dir, true);
            }
        }
    }
}
