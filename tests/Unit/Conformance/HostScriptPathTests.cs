using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace MicroPy.Tests.Conformance
{
    /// <summary>
    /// sys.path[0] is the script's folder, as MicroPython's unix port sets it: a script in a subfolder of the
    /// --flash root imports its neighbours (this is how MicroPython's own test suite runs, from its tests/ folder).
    /// </summary>
    public class HostScriptPathTests
    {
        [Fact]
        public void ScriptInSubfolderOfFlashImportsItsNeighbours()
        {
            string root = Path.Combine(Path.GetTempPath(), "micropy-flash-" + Guid.NewGuid().ToString("N"));
            string sub = Path.Combine(root, "sub");
            Directory.CreateDirectory(Path.Combine(sub, "pkg"));
            try
            {
                File.WriteAllText(Path.Combine(sub, "neighbour.py"), "X = 41\n");
                File.WriteAllText(Path.Combine(sub, "pkg", "__init__.py"), "Y = 'pkg'\n");
                File.WriteAllText(Path.Combine(sub, "main.py"),
                    "import sys, neighbour, pkg\nprint(sys.path[0], neighbour.X + 1, pkg.Y)\n");
                File.WriteAllText(Path.Combine(root, "top.py"), "import sys\nprint(repr(sys.path[0]))\n");
                Assert.Equal("/flash/sub 42 pkg\n", Run(root, "--flash \"" + root + "\" sub/main.py"));
                Assert.Equal("''\n", Run(root, "--flash \"" + root + "\" top.py"));
                Assert.Equal(" 42 pkg\n", Run(sub, "main.py"));
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        private static string Run(string cwd, string args)
        {
            string host = Path.Combine(AppContext.BaseDirectory, "micropy.dll");
            ProcessStartInfo psi = new ProcessStartInfo("dotnet", "\"" + host + "\" " + args);
            psi.WorkingDirectory = cwd;
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            psi.UseShellExecute = false;
            using (Process p = Process.Start(psi))
            {
                string so = p.StandardOutput.ReadToEnd();
                string se = p.StandardError.ReadToEnd();
                Assert.True(p.WaitForExit(20000), "timeout");
                return so.Replace("\r\n", "\n") + se;
            }
        }
    }
}
