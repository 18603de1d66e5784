using MicroPy.Hal;
using Xunit;

namespace MicroPy.Tests.Modules
{
    /// <summary>PathNames.Normalize, the one path normaliser (issue 30): the os module's mode (relative against the
    /// current directory, ".." stops at the root, '\' is a name character) and the drive mapping's mode (absolute
    /// only, '\' separates, ".." stops at the mount point).</summary>
    public class PathNamesTests
    {
        [Theory]
        [InlineData("/", "/flash", "/")]
        [InlineData("", "/flash", "/flash")]
        [InlineData(".", "/flash/lib", "/flash/lib")]
        [InlineData("x.py", "/", "/x.py")]
        [InlineData("x.py", "/flash", "/flash/x.py")]
        [InlineData("../sd/a", "/flash", "/sd/a")]
        [InlineData("../../..", "/flash/lib", "/")]
        [InlineData("/flash//lib/./x.py", "/", "/flash/lib/x.py")]
        [InlineData("/flash/lib/../boot.py", "/", "/flash/boot.py")]
        [InlineData("a\\b", "/flash", "/flash/a\\b")]
        [InlineData("/flash/...", "/", "/flash/...")]
        [InlineData("/flash/.x/..y/", "/", "/flash/.x/..y")]
        public void OsModeResolvesAgainstTheCurrentDirectory(string path, string cwd, string expected)
        {
            Assert.Equal(expected, PathNames.Normalize(path, cwd, false, false));
        }

        [Theory]
        [InlineData("main.py", null)]
        [InlineData("", null)]
        [InlineData("/", "/")]
        [InlineData("\\flash\\lib\\x.py", "/flash/lib/x.py")]
        [InlineData("/flash/../../sd/x", "/flash/sd/x")]
        [InlineData("/flash/lib/../../..", "/flash")]
        [InlineData("/../flash", "/flash")]
        public void DriveModeKeepsTheMountPoint(string path, string expected)
        {
            Assert.Equal(expected, PathNames.Normalize(path, null, true, true));
        }
    }
}
