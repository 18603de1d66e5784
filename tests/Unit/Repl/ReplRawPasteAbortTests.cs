using System.IO;
using System.Text;
using MicroPy.Runtime;
using MicroPy.Hal.Desktop;
using MicroPy.Repl;
using Xunit;

namespace MicroPy.Tests.Repl
{
    /// <summary>Ctrl-C in raw-paste mode aborts the upload (a peer that went away mid-transfer) as MicroPython does.</summary>
    [Collection("Platform")]
    public class ReplRawPasteAbortTests
    {
        private sealed class Host : IReplHost
        {
            private readonly MemoryStream _out = new MemoryStream();

            public void Write(byte[] data, int offset, int count)
            {
                _out.Write(data, offset, count);
            }

            public void SoftReset()
            {
            }

            public string BoardName
            {
                get { return "test board"; }
            }

            public string CpuName
            {
                get { return "test cpu"; }
            }

            public string Take()
            {
                string s = Encoding.Latin1.GetString(_out.ToArray());
                _out.SetLength(0);
                return s;
            }
        }

        private static void Feed(ReplEngine e, string bytes)
        {
            foreach (char c in bytes)
            {
                e.Feed(c);
            }
        }

        [Fact]
        public void CtrlCAbortsRawPasteAndTheRawReplAnswersAfterwards()
        {
            Host h = new Host();
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            interp.Console = new ReplConsole(h, null);
            ReplEngine e = new ReplEngine(h);
            e.Start(interp.NewGlobals("__main__"));
            Feed(e, "\x01");
            h.Take();
            Feed(e, "\u0005A\u0001");
            Assert.Equal("R\u0001\u0080\u0000", h.Take());
            Feed(e, "x = 'half an upl");
            Feed(e, "\x03");
            Assert.Equal("\u0004\u0004KeyboardInterrupt\r\n\u0004>", h.Take());
            // Back in the plain raw REPL with an empty buffer: nothing of the aborted upload is left.
            Feed(e, "print('ok')\x04");
            Assert.Equal("OKok\r\n\x04\x04>", h.Take());
            Feed(e, "\u0005A\u0001");
            Assert.Equal("R\u0001\u0080\u0000", h.Take());
            Feed(e, "print(2)\x04");
            Assert.Equal("\u0004" + "2\r\n\u0004\u0004>", h.Take());
            // An empty command is a soft reset, acknowledged with OK like every raw-REPL command.
            Feed(e, "\x04");
            Assert.Equal("OK\r\nMPY: soft reboot\r\n", h.Take());
        }
    }
}
