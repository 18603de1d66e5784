using System.Diagnostics;
using System.Threading;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Tests.Containers;
using Xunit;

namespace MicroPy.Tests.Modules
{
    /// <summary>Ctrl-C reaches code blocked in a native wait (utime.sleep), not only code running bytecodes.</summary>
    public class InterruptInWaitTests
    {
        [Fact]
        public void CtrlCInterruptsSleep()
        {
            IClock saved = Platform.Clock;
            Platform.Clock = new DesktopClock();
            try
            {
                Stopwatch sw = Stopwatch.StartNew();
                using (Timer t = new Timer(_ => Vm.RequestInterrupt(), null, 300, Timeout.Infinite))
                {
                    string output = PyRunner.Run(
                        "import utime\n" +
                        "try:\n" +
                        "    utime.sleep(20)\n" +
                        "    print('slept')\n" +
                        "except KeyboardInterrupt:\n" +
                        "    print('interrupted')\n");
                    Assert.Equal("interrupted\n", output);
                }
                Assert.True(sw.ElapsedMilliseconds < 15000, "the sleep ran to its end: " + sw.ElapsedMilliseconds + " ms");
            }
            finally
            {
                Platform.Clock = saved;
                Vm.ClearInterrupt();
            }
        }
    }
}
