using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace MicroPy.Tests.Hostile
{
    /// <summary>The host's --heap option sets the board heap that allocations and gc figures are held to.</summary>
    public class HeapOptionTests
    {
        private static (int Code, string Out, string Err) Host(params string[] args)
        {
            ProcessStartInfo psi = new ProcessStartInfo("dotnet");
            psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "micropy.dll"));
            foreach (string a in args)
            {
                psi.ArgumentList.Add(a);
            }
            psi.WorkingDirectory = Path.GetTempPath();
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            psi.RedirectStandardInput = true;
            psi.UseShellExecute = false;
            using (Process p = Process.Start(psi))
            {
                p.StandardInput.Close();
                string o = p.StandardOutput.ReadToEndAsync().Result;
                string e = p.StandardError.ReadToEnd();
                Assert.True(p.WaitForExit(60000), "host did not finish");
                return (p.ExitCode, o, e);
            }
        }

        [Fact]
        public void HeapOptionSetsTheCap()
        {
            string code = "import gc\nprint(gc.mem_free() + gc.mem_alloc() == 4 * 1024 * 1024)\n"
                + "try:\n    x = [0] * 1000000\n    print('fits')\nexcept MemoryError:\n    print('MemoryError')\n";
            var small = Host("--heap", "4M", "-c", code);
            Assert.Equal("True\nMemoryError\n", small.Out);
            var big = Host("--heap", "64M", "-c", code.Replace("== 4 * 1024 * 1024", "== 64 * 1024 * 1024"));
            Assert.Equal("True\nfits\n", big.Out);
            var bad = Host("--heap", "12", "-c", "print(1)");
            Assert.Equal(2, bad.Code);
            Assert.Contains("--heap", bad.Out + bad.Err);
        }
    }
}
