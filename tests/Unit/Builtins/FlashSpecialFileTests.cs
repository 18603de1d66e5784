using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Tests.Containers;
using Xunit;

namespace MicroPy.Tests.Builtins
{
    /// <summary>
    /// A FIFO in the flash folder is no file of the board: open() for reading or writing, os.stat and reading
    /// by name are refused with OSError(EACCES) at once instead of blocking until a writer appears, and
    /// os.listdir leaves it out (Linux: FIFOs are a POSIX thing).
    /// </summary>
    [Collection("Interp")]
    public class FlashSpecialFileTests
    {
        [DllImport("libc", SetLastError = true)]
        private static extern int mkfifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

        [Fact]
        public async Task FifoInFlashIsRefusedWithoutBlocking()
        {
            string dir = Path.Combine(Path.GetTempPath(), "micropy-fifo-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            Assert.Equal(0, mkfifo(Path.Combine(dir, "pipe"), 0x1B6));
            File.WriteAllText(Path.Combine(dir, "plain.txt"), "ok");
            IFileSystem saved = Platform.FileSystem;
            try
            {
                Platform.FileSystem = new MicroPy.Hal.Desktop.DesktopFileSystem(dir);
                string src = "import os\n"
                    + "for mode in ('r', 'rb', 'w', 'a', 'r+'):\n"
                    + "    try:\n        open('pipe', mode)\n        print('opened', mode)\n"
                    + "    except OSError as e:\n        print(mode, e.args[0])\n"
                    + "try:\n    os.stat('/flash/pipe')\nexcept OSError as e:\n    print('stat', e.args[0])\n"
                    + "print(os.listdir('/flash'), open('plain.txt').read())\n";
                Task<string> run = Task.Run(() => PyRunner.Run(src));
                Assert.True(await Task.WhenAny(run, Task.Delay(20000)) == run, "open() of a FIFO blocked");
                Assert.Equal("r 13\nrb 13\nw 13\na 13\nr+ 13\nstat 2\n['plain.txt'] ok\n", await run);
            }
            finally
            {
                Platform.FileSystem = saved;
                Directory.Delete(dir, true);
            }
        }
    }
}
