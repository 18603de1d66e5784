using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal.Desktop;

namespace MicroPy.Bench
{
    /// <summary>
    /// Runs each tests/Bench/py script in-process (best of 10 runs after a warm-up; --runs N) and under python3
    /// in-process too (best of as many exec runs timed by perf_counter, so interpreter start-up is not part of either figure),
    /// in 3 alternating rounds (--rounds N).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string dir = Path.Combine(FindRoot(), "tests", "Bench", "py");
            string filter = "";
            bool python = true;
            for (int a = 0; a < args.Length; a++)
            {
                if (args[a] == "--no-python")
                {
                    python = false;
                }
                else if (args[a] == "--runs")
                {
                    if (a + 1 >= args.Length || !int.TryParse(args[++a], out s_runs) || s_runs < 1)
                    {
                        Console.Error.WriteLine(Usage);
                        return 2;
                    }
                }
                else if (args[a] == "--rounds")
                {
                    if (a + 1 >= args.Length || !int.TryParse(args[++a], out s_rounds) || s_rounds < 1)
                    {
                        Console.Error.WriteLine(Usage);
                        return 2;
                    }
                }
                else
                {
                    filter = args[a];
                }
            }
            DesktopPlatform.Install(new DesktopConsole(Console.OpenStandardInput(), new MemoryStream()), dir);
            Console.WriteLine("{0,-18} {1,10} {2,14} {3,10} {4,7}", "benchmark", "ms", "bytes/run", "python3 ms", "ratio");
            List<double> ratios = new List<double>();
            string[] files = Directory.GetFiles(dir, "*.py");
            Array.Sort(files, StringComparer.Ordinal);
            // One untimed pass over the whole suite first: the interpreter loop is one method shared by every
            // script, and the JIT's tiers settle only after it has been entered a few times.
            foreach (string file in files)
            {
                if (Path.GetFileNameWithoutExtension(file).Contains(filter))
                {
                    double warmMs;
                    long warmBytes;
                    RunOnce(File.ReadAllText(file), out warmMs, out warmBytes);
                }
            }
            foreach (string file in files)
            {
                string name = Path.GetFileNameWithoutExtension(file);
                if (!name.Contains(filter))
                {
                    continue;
                }
                string src = File.ReadAllText(file);
                double ms = double.MaxValue;
                long bytes = 0;
                double py = -1;
                // Rounds alternate between the two interpreters, so that a slow phase of a shared machine weighs on
                // both sides alike; the best time of each side counts.
                for (int round = 0; round < s_rounds; round++)
                {
                    double roundMs;
                    Measure(src, out roundMs, out bytes);
                    ms = Math.Min(ms, roundMs);
                    if (python)
                    {
                        double p = PythonMs(file);
                        if (p > 0 && (py < 0 || p < py))
                        {
                            py = p;
                        }
                    }
                }
                double ratio = py > 0 ? ms / py : double.NaN;
                if (py > 0)
                {
                    ratios.Add(ratio);
                }
                Console.WriteLine("{0,-18} {1,10:F1} {2,14:N0} {3,10:F1} {4,7:F2}", name, ms, bytes, py, ratio);
            }
            if (ratios.Count > 0)
            {
                ratios.Sort();
                Console.WriteLine("median time ratio (ours / CPython): {0:F2}", ratios[ratios.Count / 2]);
            }
            return 0;
        }

        private const string Usage = "usage: dotnet run -c Release [-- --runs N] [--rounds N] [--no-python] [NAME-FILTER]";

        /// <summary>Timed runs per script (after one untimed one); the best counts.</summary>
        private static int s_runs = 10;

        /// <summary>Alternating rounds of our runs and python3's runs per script; the best of each side counts.</summary>
        private static int s_rounds = 3;

        private static void Measure(string src, out double ms, out long bytes)
        {
            List<double> times = new List<double>();
            bytes = 0;
            for (int run = 0; run <= s_runs; run++)
            {
                double t;
                RunOnce(src, out t, out bytes);
                if (run > 0)
                {
                    times.Add(t);
                }
            }
            times.Sort();
            ms = times[0];
        }

        private static void RunOnce(string src, out double ms, out long bytes)
        {
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            PyDict g = interp.NewGlobals("__main__");
            PyObject code = CodeRunner.Compile(src, "bench", CodeRunner.ModeExec);
            long before = GC.GetAllocatedBytesForCurrentThread();
            Stopwatch sw = Stopwatch.StartNew();
            CodeRunner.Run(code, g, g);
            sw.Stop();
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            ms = sw.Elapsed.TotalMilliseconds;
        }

        private const string PythonHarness =
            "import sys, time\n" +
            "src = open(sys.argv[1]).read()\n" +
            "code = compile(src, sys.argv[1], 'exec')\n" +
            "best = 1e9\n" +
            "for i in range(int(sys.argv[2]) + 1):\n" +
            "    g = {'__name__': '__main__'}\n" +
            "    t = time.perf_counter()\n" +
            "    exec(code, g)\n" +
            "    if i > 0:\n" +
            "        best = min(best, time.perf_counter() - t)\n" +
            "print(best * 1000)\n";

        private static double PythonMs(string file)
        {
            try
            {
                string harness = Path.Combine(Path.GetTempPath(), "micropy_bench_harness.py");
                File.WriteAllText(harness, PythonHarness);
                ProcessStartInfo psi = new ProcessStartInfo(PythonExe(), "\"" + harness + "\" \"" + file + "\" " + s_runs);
                psi.RedirectStandardOutput = true;
                psi.UseShellExecute = false;
                using (Process p = Process.Start(psi))
                {
                    string text = p.StandardOutput.ReadToEnd();
                    p.WaitForExit();
                    string[] lines = text.Trim().Split('\n');
                    return double.Parse(lines[lines.Length - 1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (Exception)
            {
                return -1;
            }
        }

        private static string s_python;

        /// <summary>The real interpreter behind 'python3' (version-manager shims add noisy start-up time).</summary>
        private static string PythonExe()
        {
            if (s_python == null)
            {
                ProcessStartInfo q = new ProcessStartInfo("python3", "-c \"import sys; print(sys.executable)\"");
                q.RedirectStandardOutput = true;
                q.UseShellExecute = false;
                using (Process p = Process.Start(q))
                {
                    s_python = p.StandardOutput.ReadToEnd().Trim();
                    p.WaitForExit();
                }
                if (s_python.Length == 0)
                {
                    s_python = "python3";
                }
            }
            return s_python;
        }

        private static string FindRoot()
        {
            string d = AppContext.BaseDirectory;
            while (d != null && !File.Exists(Path.Combine(d, "MicroPy.Nano.sln")))
            {
                d = Path.GetDirectoryName(d);
            }
            return d ?? Directory.GetCurrentDirectory();
        }
    }
}
