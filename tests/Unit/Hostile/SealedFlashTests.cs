using System.IO;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Tests.Containers;
using Xunit;

namespace MicroPy.Tests.Hostile
{
    /// <summary>
    /// /flash is sealed: symbolic links leading outside it are refused, the root cannot be removed or renamed, and
    /// bad paths give board errors (OSError errno, ValueError), never host paths or .NET text.
    /// </summary>
    [Collection("Interp")]
    public class SealedFlashTests
    {
        private static string Run(string src, out string top)
        {
            top = Path.Combine(Path.GetTempPath(), "micropy-seal-" + System.Guid.NewGuid().ToString("N"));
            string flash = Path.Combine(top, "flash");
            string outside = Path.Combine(top, "outside");
            Directory.CreateDirectory(flash);
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
            File.WriteAllText(Path.Combine(outside, "evil.py"), "print('outside code ran')");
            Directory.CreateDirectory(Path.Combine(flash, "inner"));
            File.WriteAllText(Path.Combine(flash, "inner", "ok.txt"), "inside");
            File.CreateSymbolicLink(Path.Combine(flash, "out"), outside);
            File.CreateSymbolicLink(Path.Combine(flash, "secret.txt"), Path.Combine(outside, "secret.txt"));
            File.CreateSymbolicLink(Path.Combine(flash, "evil.py"), Path.Combine(outside, "evil.py"));
            File.CreateSymbolicLink(Path.Combine(flash, "dangling"), Path.Combine(outside, "new.txt"));
            File.CreateSymbolicLink(Path.Combine(flash, "in"), Path.Combine(flash, "inner"));
            IFileSystem saved = Platform.FileSystem;
            try
            {
                Platform.FileSystem = new MicroPy.Hal.Desktop.DesktopFileSystem(flash);
                return PyRunner.Run(src);
            }
            finally
            {
                Platform.FileSystem = saved;
            }
        }

        private const string Try =
            "import uos\n"
            + "def t(label, f):\n"
            + "    try:\n"
            + "        print(label, f())\n"
            + "    except OSError as e:\n"
            + "        print(label, 'OSError', e.args[0])\n"
            + "    except Exception as e:\n"
            + "        print(label, type(e).__name__, e)\n";

        [Fact]
        public void LinksLeadingOutsideAreRefused()
        {
            string top;
            string output = Run(Try
                + "t('read', lambda: open('secret.txt').read())\n"
                + "t('listdir', lambda: uos.listdir('out'))\n"
                + "t('through', lambda: open('out/secret.txt').read())\n"
                + "t('write', lambda: open('dangling', 'w').write('x'))\n"
                + "t('create', lambda: open('out/created.txt', 'w').write('x'))\n"
                + "t('remove', lambda: uos.remove('out/secret.txt'))\n"
                + "t('rename', lambda: uos.rename('out/secret.txt', 'stolen.txt'))\n"
                + "t('import', lambda: __import__('evil'))\n"
                + "t('inside', lambda: open('in/ok.txt').read())\n", out top);
            try
            {
                Assert.Equal("read OSError 2\nlistdir OSError 2\nthrough OSError 2\nwrite OSError 2\ncreate OSError 2\n"
                    + "remove OSError 2\nrename OSError 2\nimport ImportError no module named 'evil'\ninside inside\n", output);
                Assert.Equal("secret", File.ReadAllText(Path.Combine(top, "outside", "secret.txt")));
                Assert.False(File.Exists(Path.Combine(top, "outside", "new.txt")));
                Assert.False(File.Exists(Path.Combine(top, "outside", "created.txt")));
            }
            finally
            {
                Directory.Delete(top, true);
            }
        }

        [Fact]
        public void RootStaysAndBadPathsGiveBoardErrors()
        {
            string top;
            string output = Run(Try
                + "t('rmdir root', lambda: uos.rmdir('/flash'))\n"
                + "t('rename root', lambda: uos.rename('/flash', 'x'))\n"
                + "t('onto root', lambda: uos.rename('inner', '/flash'))\n"
                + "open('f.txt', 'w').write('f')\n"
                + "t('onto dir', lambda: uos.rename('f.txt', 'inner'))\n"
                + "uos.mkdir('d2')\n"
                + "t('dir onto dir', lambda: uos.rename('d2', 'inner'))\n"
                + "t('into itself', lambda: uos.rename('inner', 'inner/sub'))\n"
                + "t('nul', lambda: open('a\\x00b', 'w'))\n"
                + "t('nul stat', lambda: uos.stat('a\\x00b'))\n"
                + "t('long', lambda: open('x' * 300, 'w'))\n"
                + "t('long mkdir', lambda: uos.mkdir('y' * 300))\n"
                + "print(sorted(uos.listdir('/flash')))\n", out top);
            try
            {
                Assert.Equal("rmdir root OSError 1\nrename root OSError 1\nonto root OSError 1\nonto dir OSError 21\n"
                    + "dir onto dir OSError 17\ninto itself OSError 22\nnul ValueError embedded null byte\n"
                    + "nul stat ValueError embedded null byte\nlong OSError 36\nlong mkdir OSError 36\n"
                    + "['d2', 'dangling', 'evil.py', 'f.txt', 'in', 'inner', 'out', 'secret.txt']\n", output);
                Assert.True(Directory.Exists(Path.Combine(top, "flash")));
            }
            finally
            {
                Directory.Delete(top, true);
            }
        }
    }
}
