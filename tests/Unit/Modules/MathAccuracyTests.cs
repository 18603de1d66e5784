using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Modules;
using Xunit;

namespace MicroPy.Tests.Modules
{
    /// <summary>The math functions computed by our own code (not the platform's) against the exact value (Decimal at
    /// 900 digits) and against CPython: erf/erfc/expm1/log2/asinh/acosh/atanh/hypot are correctly rounded or nearly so
    /// (within 0.5 ulp plus a hair of the truth, so within 1 ulp of CPython except where CPython's C library is itself
    /// more than half an ulp off: glibc's erfc is up to 2 ulp off);
    /// gamma/lgamma use CPython's own Lanczos algorithm and agree with it within 1 ulp.</summary>
    public class MathAccuracyTests
    {
        private static string R(double d)
        {
            return d.ToString("R", CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// math_reference.py's verdict on lines. The 900-digit references take a minute of python3, so the verdict is
        /// cached under tests/Unit/Modules/.cache, keyed by the script and by our values: any change to either runs it again.
        /// </summary>
        private static string Reference(List<string> lines)
        {
            string script = Path.Combine(RepoRoot.Dir, "tests", "Unit", "Modules", "math_reference.py");
            string text = string.Join("\n", lines) + "\n";
            string key = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(script) + "\0" + text))).Substring(0, 24);
            string cacheDir = Path.Combine(RepoRoot.Dir, "tests", "Unit", "Modules", ".cache");
            string cache = Path.Combine(cacheDir, key + ".out");
            if (File.Exists(cache))
            {
                return File.ReadAllText(cache);
            }
            string data = Path.GetTempFileName();
            File.WriteAllText(data, text);
            ProcessStartInfo psi = new ProcessStartInfo("python3", "\"" + script + "\" \"" + data + "\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            string output;
            string error;
            using (Process proc = Process.Start(psi))
            {
                var so = proc.StandardOutput.ReadToEndAsync();
                error = proc.StandardError.ReadToEnd();
                Assert.True(proc.WaitForExit(300000), "reference script timed out");
                output = so.Result;
                Assert.True(proc.ExitCode == 0, "python3 reference failed: " + error);
            }
            File.Delete(data);
            Directory.CreateDirectory(cacheDir);
            File.WriteAllText(cache + ".tmp", output);
            File.Move(cache + ".tmp", cache, true);
            return output;
        }

        [Fact]
        public void SpecialFunctionsAreWithinHalfAnUlpOfTheTruthAndOneUlpOfCPython()
        {
            IFloatMath m = new DesktopMath();
            List<string> lines = new List<string>();
            Random rnd = new Random(1234);
            for (int i = 0; i < 150; i++)
            {
                double x = (rnd.NextDouble() - 0.5) * 12;
                lines.Add("erf " + R(x) + " " + R(MathSpecial.Erf(x, m)));
                lines.Add("erfc " + R(x) + " " + R(MathSpecial.Erfc(x, m)));
                double big = rnd.NextDouble() * 27;
                lines.Add("erfc " + R(big) + " " + R(MathSpecial.Erfc(big, m)));
                double t = Math.Pow(10, rnd.NextDouble() * 20 - 10) * (rnd.Next(2) == 0 ? -1 : 1);
                if (Math.Abs(t) < 700)
                {
                    lines.Add("expm1 " + R(t) + " " + R(MathSpecial.Expm1(t)));
                }
                double e = (rnd.NextDouble() - 0.5) * 80;
                lines.Add("expm1 " + R(e) + " " + R(MathSpecial.Expm1(e)));
                double p = Math.Pow(10, rnd.NextDouble() * 40 - 20);
                lines.Add("log2 " + R(p) + " " + R(MathSpecial.Log2(p, m)));
                lines.Add("asinh " + R(t) + " " + R(MathSpecial.Asinh(t, m)));
                lines.Add("acosh " + R(1 + p) + " " + R(MathSpecial.Acosh(1 + p, m)));
                double u = (rnd.NextDouble() * 2 - 1) * (rnd.Next(2) == 0 ? 1 : 1e-6);
                lines.Add("atanh " + R(u) + " " + R(MathSpecial.Atanh(u, m)));
                lines.Add("hypot " + R(t) + " " + R(e) + " " + R(MathSpecial.Hypot(t, e, m)));
                double g = (rnd.NextDouble() - 0.3) * 60;
                if (g != Math.Floor(g))
                {
                    lines.Add("gamma " + R(g) + " " + R(MathSpecial.Gamma(g, m)));
                    lines.Add("lgamma " + R(g) + " " + R(MathSpecial.LGamma(g, m)));
                }
                double h = rnd.NextDouble() * 170;
                lines.Add("gamma " + R(h) + " " + R(MathSpecial.Gamma(h, m)));
                lines.Add("lgamma " + R(h * 1e5) + " " + R(MathSpecial.LGamma(h * 1e5, m)));
            }
            string output = Reference(lines);
            int functions = 0;
            foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] f = line.Split(' ');
                double vsTruth = double.Parse(f[1], CultureInfo.InvariantCulture);
                double vsCPython = double.Parse(f[2], CultureInfo.InvariantCulture);
                if (vsTruth >= 0)
                {
                    Assert.True(vsTruth <= 0.501, f[0] + ": " + vsTruth + " ulp from the exact value");
                }
                double excess = double.Parse(f[3], CultureInfo.InvariantCulture);
                Assert.True(vsCPython <= 1.0 || excess <= 0.501, f[0] + ": " + vsCPython + " ulp from CPython, more than CPython's own error");
                functions++;
            }
            Assert.Equal(10, functions);
        }
    }
}
