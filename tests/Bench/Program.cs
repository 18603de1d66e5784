using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using MicroPy.Core;
using MicroPy.Hal.Desktop;

namespace MicroPy.Bench
{
    /// <summary>Runs each tests/Bench/py script in-process (median of runs) and under python3, side by side.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string dir = Path.Combine(FindRoot(), "tests", "Bench", "py");
            string filter = args.Length > 0 ? args[0] : "";
            DesktopPlatform.Install(new DesktopConsole(Console.OpenStandardInput(), new MemoryStream()), dir);
            Console.WriteLine("{0,-18} {1,10} {2,14} {3,10} {4,7}", "benchmark", "ms", "bytes/run", "python3 ms", "ratio");
            List<double> ratios = new List<double>();
            string[] files = Directory.GetFiles(dir, "*.py");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                string name = Path.GetFileNameWithoutExtension(file);
                if (!name.Contains(filter))
                {
                    continue;
                }
                string src = File.ReadAllText(file);
                double ms;
                long bytes;
                Measure(src, out ms, out bytes);
                double py = PythonMs(file);
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

        private static void Measure(string src, out double ms, out long bytes)
        {
            List<double> times = new List<double>();
            bytes = 0;
            for (int run = 0; run < 4; run++)
            {
                Interp interp = new Interp();
                PyDict g = interp.NewGlobals("__main__");
                PyObject code = CodeRunner.Compile(src, "bench", CodeRunner.ModeExec);
                long before = GC.GetAllocatedBytesForCurrentThread();
                Stopwatch sw = Stopwatch.StartNew();
                CodeRunner.Run(code, g, g);
                sw.Stop();
                long after = GC.GetAllocatedBytesForCurrentThread();
                if (run > 0)
                {
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    bytes = after - before;
                }
            }
            times.Sort();
            ms = times[times.Count / 2];
        }

        private static double PythonMs(string file)
        {
            try
            {
                double empty = double.MaxValue;
                for (int i = 0; i < 5; i++)
                {
                    empty = Math.Min(empty, RunPython("-c pass"));
                }
                double t = double.MaxValue;
                for (int i = 0; i < 3; i++)
                {
                    t = Math.Min(t, RunPython("\"" + file + "\""));
                }
                return Math.Max(0.1, t - empty);
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

        private static double RunPython(string args)
        {
            ProcessStartInfo psi = new ProcessStartInfo(PythonExe(), args);
            psi.RedirectStandardOutput = true;
            psi.UseShellExecute = false;
            Stopwatch sw = Stopwatch.StartNew();
            using (Process p = Process.Start(psi))
            {
                p.StandardOutput.ReadToEnd();
                p.WaitForExit();
            }
            return sw.Elapsed.TotalMilliseconds;
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
