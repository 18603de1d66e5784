using MicroPy.Hal;
using MicroPy.Tests.Containers;
using Xunit;

namespace MicroPy.Tests.Modules
{
    /// <summary>utime's calendar follows the port's epoch: 1970 on the desktop, 2000 on a board (the seed's rule).</summary>
    [Collection("Platform")]
    public class UtimeEpochTests
    {
        private const string Script =
            "import utime\n" +
            "print(utime.localtime(0))\n" +
            "print(utime.mktime((2000, 1, 1, 0, 0, 0, 0, 0)))\n" +
            "print(utime.localtime(utime.mktime((2024, 2, 29, 12, 30, 15, 0, 0))))\n";

        [Fact]
        public void DesktopEpochIs1970()
        {
            // A simulated board installed by another test sets the board epoch; the desktop's is 1970.
            int saved = Platform.EpochYear;
            Platform.EpochYear = 1970;
            try
            {
                Assert.Equal(
                    "(1970, 1, 1, 0, 0, 0, 3, 1)\n946684800\n(2024, 2, 29, 12, 30, 15, 3, 60)\n",
                    PyRunner.Run(Script));
            }
            finally
            {
                Platform.EpochYear = saved;
            }
        }

        [Fact]
        public void BoardEpochIs2000()
        {
            int saved = Platform.EpochYear;
            Platform.EpochYear = 2000;
            try
            {
                Assert.Equal(
                    "(2000, 1, 1, 0, 0, 0, 5, 1)\n0\n(2024, 2, 29, 12, 30, 15, 3, 60)\n",
                    PyRunner.Run(Script));
            }
            finally
            {
                Platform.EpochYear = saved;
            }
        }
    }
}
