using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Repl;
using Xunit;

namespace MicroPy.Tests.Repl
{
    /// <summary>Feeds byte sequences to the REPL engine and checks the exact bytes it answers.</summary>
    [Collection("Platform")]
    public class ReplEngineTests
    {
        private sealed class Host : IReplHost
        {
            public readonly MemoryStream Out = new MemoryStream();
            public int Resets;

            public void Write(byte[] data, int offset, int count)
            {
                lock (Out)
                {
                    Out.Write(data, offset, count);
                }
            }

            public void SoftReset()
            {
                Resets++;
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
                lock (Out)
                {
                    string s = Encoding.Latin1.GetString(Out.ToArray());
                    Out.SetLength(0);
                    return s;
                }
            }
        }

        private static ReplEngine Start(Host host)
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            interp.Console = new ReplConsole(host, null);
            ReplEngine e = new ReplEngine(host);
            e.Start(interp.NewGlobals("__main__"));
            return e;
        }

        private static void Feed(ReplEngine e, string bytes)
        {
            foreach (char c in bytes)
            {
                e.Feed(c);
            }
        }

        [Fact]
        public void FriendlyBannerPromptEchoAndResult()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            Assert.Equal("MicroPython v1.8.2-nano on 2026-11-25; test board with test cpu\r\nType \"help()\" for more information.\r\n>>> ", h.Take());
            Feed(e, "1+2\r");
            Assert.Equal("1+2\r\n3\r\n>>> ", h.Take());
            Feed(e, "_ * 2\r");
            Assert.Equal("_ * 2\r\n6\r\n>>> ", h.Take());
        }

        [Fact]
        public void CompoundStatementAutoIndentAndReturnTwice()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            Feed(e, "for i in range(2):\r");
            Assert.Equal("for i in range(2):\r\n...     ", h.Take());
            Feed(e, "print(i)\r");
            Assert.Equal("print(i)\r\n...     ", h.Take());
            // Backspace removes one indent level; then Return on the empty line runs the block.
            Feed(e, "\x7f\r");
            Assert.Equal("\b\b\b\b    \b\b\b\b\r\n0\r\n1\r\n>>> ", h.Take());
        }

        [Fact]
        public void RawReplFramingIsByteExact()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            Feed(e, "\x01");
            Assert.Equal("\r\nraw REPL; CTRL-B to exit\r\n>", h.Take());
            Feed(e, "print('hi')\x04");
            Assert.Equal("OKhi\r\n\x04\x04>", h.Take());
            Feed(e, "1/0\x04");
            Assert.Equal("OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nZeroDivisionError: division by zero\r\n\x04>", h.Take());
            Feed(e, "\x02");
            Assert.StartsWith("\r\nMicroPython v1.8.2-nano", h.Take());
        }

        [Fact]
        public void RawPasteModeUsesWindowFlowControl()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            Feed(e, "\x01");
            h.Take();
            Feed(e, "\u0005A\u0001");
            Assert.Equal("R\u0001\u0080\u0000", h.Take());
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 30; i++)
            {
                code.Append("x = " + i + "    \n");
            }
            code.Append("print(x)\n");
            string src = code.ToString();
            Feed(e, src);
            string grants = h.Take();
            Assert.Equal(new string('\x01', src.Length / ReplEngine.RawPasteWindow), grants);
            Feed(e, "\x04");
            Assert.Equal("\u0004" + "29\r\n\u0004\u0004>", h.Take());
        }

        [Fact]
        public void SoftResetOnCtrlDAtEmptyPrompt()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            Feed(e, "\x04");
            Assert.Equal("\r\nMPY: soft reboot\r\n", h.Take());
            Assert.Equal(1, h.Resets);
        }

        [Fact]
        public void PasteModeCompilesTheWholeText()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            Feed(e, "\x05");
            Assert.Equal("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ", h.Take());
            Feed(e, "def f():\r    return 7\r\x04");
            Assert.Equal("def f():\r\n===     return 7\r\n=== \r\n>>> ", h.Take());
            Feed(e, "f()\r");
            Assert.Equal("f()\r\n7\r\n>>> ", h.Take());
        }

        [Fact]
        public void CtrlCInterruptsATightLoop()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            Thread t = new Thread(() =>
            {
                Thread.Sleep(200);
                Vm.RequestInterrupt();
            });
            t.Start();
            Feed(e, "while True:\r");
            Feed(e, "pass\r\r");
            t.Join();
            string outp = h.Take();
            Assert.Contains("KeyboardInterrupt", outp);
            Assert.EndsWith(">>> ", outp);
        }

        [Fact]
        public void TabCompletesNames()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            Feed(e, "impo");
            h.Take();
            Feed(e, "\t");
            string s = h.Take();
            Feed(e, "\r");
            Assert.Equal("", s);
            Feed(e, "lengthy_name = 5\r");
            h.Take();
            Feed(e, "lengthy_n\t");
            Assert.Equal("lengthy_name", h.Take());
        }

        private static void FeedUtf8(ReplEngine e, string text)
        {
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                e.Feed(b);
            }
        }

        private static string Utf8AsLatin1(string text)
        {
            return Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));
        }

        [Fact]
        public void SoftResetFromRawModeSkipsMainPyFromFriendlyModeRunsIt()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            Assert.False(e.ResumesRaw);
            Feed(e, "\x01");
            h.Take();
            Feed(e, "\x04");
            Assert.Equal("OK\r\nMPY: soft reboot\r\n", h.Take());
            Assert.True(e.ResumesRaw);
            e.Start(e.Globals);
            Assert.Equal("raw REPL; CTRL-B to exit\r\n>", h.Take());
            Feed(e, "\x02\x04");
            h.Take();
            Assert.False(e.ResumesRaw);
        }

        [Fact]
        public void RawResumeAfterAnInterruptedBootAnswersTheClientsCtrlAWithOneBanner()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            Feed(e, "\x01\x04");
            h.Take();
            e.Start(e.Globals, true);
            Assert.Equal("", h.Take());
            Feed(e, "\r\x03\x03\r\x01");
            Assert.Equal("raw REPL; CTRL-B to exit\r\n>", h.Take());
            Feed(e, "\u0005A\u0001");
            Assert.Equal("R\x01\x80\x00", h.Take());
            // Anything else than the client handshake gets the banner first.
            Feed(e, "\x04");
            h.Take();
            e.Start(e.Globals, true);
            Feed(e, "print(5)\x04");
            Assert.Equal("raw REPL; CTRL-B to exit\r\n>OK5\r\n\x04\x04>", h.Take());
        }

        [Fact]
        public void CtrlAInRawModeResetsWithTheBannerAlone()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            Feed(e, "\x01");
            h.Take();
            Feed(e, "junk\x01");
            Assert.Equal("raw REPL; CTRL-B to exit\r\n>", h.Take());
        }

        [Fact]
        public void OneLineCompoundStatementAsksForAContinuationLine()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            Feed(e, "if 1: print('x')\r");
            Assert.Equal("if 1: print('x')\r\n... ", h.Take());
            Feed(e, "\r");
            Assert.Equal("\r\nx\r\n>>> ", h.Take());
            Feed(e, "@x\r");
            Assert.Equal("@x\r\n... ", h.Take());
            Feed(e, "\x03");
            h.Take();
            // A name that merely starts with a keyword is an ordinary line.
            Feed(e, "iffy = 3\r");
            Assert.Equal("iffy = 3\r\n>>> ", h.Take());
        }

        [Fact]
        public void PasteModeDecodesUtf8Source()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            Feed(e, "\x05");
            h.Take();
            FeedUtf8(e, "print(len(\"\u00e9\u20ac\"), \"\u00e9\u20ac\")\r\x04");
            Assert.Equal(Utf8AsLatin1("print(len(\"\u00e9\u20ac\"), \"\u00e9\u20ac\")\r\n=== \r\n2 \u00e9\u20ac\r\n>>> "), h.Take());
        }

        [Fact]
        public void FriendlyModeEchoesUtf8AndEditsWholeCharacters()
        {
            Host h = new Host();
            ReplEngine e = Start(h);
            h.Take();
            FeedUtf8(e, "s = 'caf\u00e9\u20ac'");
            Assert.Equal(Utf8AsLatin1("s = 'caf\u00e9\u20ac'"), h.Take());
            Feed(e, "\x1b[D\x1b[D\x7f");
            Assert.Equal(Utf8AsLatin1("\b\b\b\u20ac' \b\b\b"), h.Take());
            Feed(e, "\x1b[C");
            Assert.Equal(Utf8AsLatin1("\u20ac"), h.Take());
            Feed(e, "\r");
            h.Take();
            Feed(e, "len(s)\r");
            Assert.Equal("len(s)\r\n4\r\n>>> ", h.Take());
            Feed(e, "\x1b[A\x1b[A");
            h.Take();
            Feed(e, "\r");
            Assert.Equal("\r\n>>> ", h.Take());
            Assert.Equal("caf\u20ac", e.Globals.GetStr("s"));
            // A malformed sequence is dropped, the rest of the line stays.
            FeedUtf8(e, "t = 'a");
            e.Feed(0xC3);
            e.Feed('b');
            e.Feed(0x80);
            Feed(e, "'\r");
            h.Take();
            Assert.Equal("ab", e.Globals.GetStr("t"));
        }
    }
}
