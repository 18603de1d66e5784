using System;
using System.IO;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal.Desktop;
using Xunit;

namespace MicroPy.Tests.Hostile
{
    /// <summary>
    /// repr of nested containers writes every level into one buffer: the bytes it allocates grow with the text, not
    /// with depth x text (each level used to build and return its own string, copied again by the level above).
    /// </summary>
    [Collection("Platform")]
    public class ReprLinearTests
    {
        private static long AllocatedByRepr(int depth, out int length)
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            PyDict g = interp.NewGlobals("__main__");
            string src = "x = None\nfor i in range(" + depth + "):\n    x = ['a' * 100, i, x]\n";
            CodeRunner.Run(CodeRunner.Compile(src, "<test>", CodeRunner.ModeExec), g, g);
            object x = g.GetStr("x");
            Ops.Repr(x);
            long before = GC.GetAllocatedBytesForCurrentThread();
            string r = Ops.Repr(x);
            long used = GC.GetAllocatedBytesForCurrentThread() - before;
            length = r.Length;
            return used;
        }

        [Fact]
        public void ReprOfNestedContainersAllocatesInProportionToItsText()
        {
            int len20, len60;
            long a20 = AllocatedByRepr(20, out len20);
            long a60 = AllocatedByRepr(60, out len60);
            Assert.True(len60 > 2 * len20, "texts of " + len20 + " and " + len60 + " characters");
            // Linear: 3x the text costs about 3x the bytes (quadratic was about 9x). Per character of text: the buffer's
            // doublings, the final string and each item's own repr string, under 32 bytes (2 a char in .NET; quadratic was 250).
            Assert.True(a60 < 4.5 * a20, "20 levels allocated " + a20 + " bytes, 60 levels " + a60);
            Assert.True(a60 < 32L * len60, "60 levels: " + a60 + " bytes for " + len60 + " characters");
        }
    }
}
