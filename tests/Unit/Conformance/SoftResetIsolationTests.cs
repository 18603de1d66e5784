using System;
using System.IO;
using System.Text;
using Xunit;

namespace MicroPy.Tests.Conformance
{
    /// <summary>
    /// The conformance harness relies on a soft reset isolating one script from the next, as on a board: globals,
    /// imported modules, sys.path, the current folder and the heap budget all start afresh.
    /// </summary>
    public class SoftResetIsolationTests
    {
        [Fact]
        public void NothingOfOneScriptReachesTheNext()
        {
            string flash = Path.Combine(Path.GetTempPath(), "micropy-reset-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(flash, "sub"));
            File.WriteAllText(Path.Combine(flash, "sub", "leaky.py"), "state = []\n");
            try
            {
                using (RawReplSession board = new RawReplSession(Path.Combine(AppContext.BaseDirectory, "micropy.dll"), flash))
                {
                    string first = board.Run("sub", Encoding.UTF8.GetBytes(
                        "import leaky, sys, uos\nleaky.state.append(1)\nsys.path.append('x')\nkept = bytearray(100000)\nprint(uos.getcwd(), leaky.state)\n"), 20000);
                    Assert.Equal("/flash/sub [1]\n", first);
                    string second = board.Run("", Encoding.UTF8.GetBytes(
                        "import sys, uos, gc\nprint('kept' in globals(), 'leaky' in sys.modules, 'x' in sys.path, uos.getcwd())\ngc.collect()\nprint(gc.mem_alloc() < 100000)\n"), 20000);
                    Assert.Equal("False False False /flash\nTrue\n", second);
                }
            }
            finally
            {
                Directory.Delete(flash, true);
            }
        }
    }
}
