using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace MicroPy.Tests.Conformance
{
    /// <summary>
    /// Runs every tests/py/**/*.py under the desktop host (out of process, with a timeout) and compares its stdout
    /// with CPython 3's output for the same file, or with the .exp file next to it where MicroPython deliberately
    /// differs. Folders named 'mods' hold modules the scripts import and are not run. The machine scenarios
    /// (tests/py/machine) and the device drivers (tests/py/drivers, ESP32 table) run through the nanoFramework adapters over the
    /// emulated device libraries too, besides the simulated board: for the ESP32 DevKitC and STM32F769I-DISCO tables (micropy --nf-emulation --board X),
    /// where NAME.X.exp, when present, holds what differs on that board (its LED pin, clock, id length).
    /// Scripts for the default simulated board run as on a board under MicroPython's run-tests: many per long-lived
    /// host over the raw REPL, a soft reset before each (<see cref="RawReplSession"/>); the others (another board,
    /// the adapters, the machine and driver scenarios whose simulated wiring outlives a soft reset, and scripts
    /// marked "# own process: why") start a host each.
    /// </summary>
    public class ConformanceTests
    {
        private static readonly string s_root = RepoRoot.Dir;
        private readonly Xunit.Abstractions.ITestOutputHelper _log;

        public ConformanceTests(Xunit.Abstractions.ITestOutputHelper log)
        {
            _log = log;
        }

        /// <summary>MICROPY_TEST_HOST_OPTIONS: options every host of this test gets first (tests/aot/run passes
        /// --native with the conformance scripts' functions compiled ahead of time).</summary>
        internal static readonly string ExtraHostOptions = HostOptionsFromEnvironment();

        /// <summary>MICROPY_TEST_SCRIPTS: comma-separated path prefixes under tests/py; only those scripts run.</summary>
        private static readonly string[] s_only = (Environment.GetEnvironmentVariable("MICROPY_TEST_SCRIPTS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);

        private static string HostOptionsFromEnvironment()
        {
            string o = Environment.GetEnvironmentVariable("MICROPY_TEST_HOST_OPTIONS");
            return string.IsNullOrWhiteSpace(o) ? "" : o.Trim() + " ";
        }

        public static IEnumerable<object[]> Scripts()
        {
            string py = Path.Combine(s_root, "tests", "py");
            List<string> files = new List<string>(Directory.GetFiles(py, "*.py", SearchOption.AllDirectories));
            files.Sort(StringComparer.Ordinal);
            foreach (string f in files)
            {
                string rel = Path.GetRelativePath(py, f).Replace('\\', '/');
                if (rel.Contains("/mods/") || Path.GetFileName(f).StartsWith("_"))
                {
                    continue;
                }
                if (s_only.Length > 0 && !Array.Exists(s_only, p => rel.StartsWith(p, StringComparison.Ordinal)))
                {
                    continue;
                }
                yield return new object[] { rel };
            }
        }

        /// <summary>Every script, four at a time (each runs in its own process); all failures are reported together.</summary>
        [Fact]
        public void AllScriptsMatchCPythonOrExp()
        {
            List<string> scripts = new List<string>();
            foreach (object[] row in Scripts())
            {
                scripts.Add((string)row[0]);
            }
            Assert.True(scripts.Count >= (s_only.Length > 0 ? 1 : 300), "expected at least 300 conformance scripts, found " + scripts.Count);
            int machine = 0;
            foreach (string s in scripts.ToArray())
            {
                // Scripts written for another simulated board ("# board: wipy") stay on it; a line
                // "# nf-emulation: BOARD... (why)" or "# nf-emulation: none (why)" narrows the runs through the adapters.
                string text = File.ReadAllText(Path.Combine(s_root, "tests", "py", s));
                bool drivers = s.StartsWith("drivers/", StringComparison.Ordinal);
                if ((drivers || s.StartsWith("machine/", StringComparison.Ordinal)) && !text.StartsWith("# board: ", StringComparison.Ordinal))
                {
                    if (!drivers)
                    {
                        machine++;
                    }
                    int at = text.IndexOf("# nf-emulation: ", StringComparison.Ordinal);
                    string only = at < 0 ? null : text.Substring(at + 16, text.IndexOf('\n', at) - at - 16);
                    // A table beyond the usual two (e.g. esp32s3_devkitc, whose REPL leaves UART2 to 1-Wire) runs when named.
                    string named = only == null ? null : only.Split(' ')[0];
                    string[] boards = named != null && named != "none" && Array.IndexOf(s_emulatedBoards, named) < 0 ? new[] { named } : s_emulatedBoards;
                    foreach (string board in boards)
                    {
                        if (only == null || named == board)
                        {
                            scripts.Add(s + "|" + board);
                        }
                    }
                }
            }
            Assert.True(machine >= 10 || s_only.Length > 0, "expected the machine scenarios, found " + machine);
            System.Collections.Concurrent.ConcurrentBag<string> failures = new System.Collections.Concurrent.ConcurrentBag<string>();
            System.Collections.Concurrent.ConcurrentBag<RawReplSession> idle = new System.Collections.Concurrent.ConcurrentBag<RawReplSession>();
            System.Collections.Concurrent.ConcurrentBag<RawReplSession> all = new System.Collections.Concurrent.ConcurrentBag<RawReplSession>();
            System.Collections.Concurrent.ConcurrentDictionary<string, int[]> folders = new System.Collections.Concurrent.ConcurrentDictionary<string, int[]>();
            string host = Path.Combine(AppContext.BaseDirectory, "micropy.dll");
            System.Threading.Tasks.Parallel.ForEach(scripts, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, script =>
            {
                bool shared = SharesAHost(script);
                int[] counts = folders.GetOrAdd(script.Substring(0, script.IndexOf('/')) + (script.Contains('|') ? " (adapters)" : ""), k => new int[3]);
                RawReplSession session = null;
                try
                {
                    if (shared)
                    {
                        if (!idle.TryTake(out session))
                        {
                            session = new RawReplSession(host, Path.Combine(s_root, "tests", "py"));
                            all.Add(session);
                        }
                        int faults = session.Stderr.Length;
                        MatchesCPython(script, session);
                        if (session.Stderr.Length != faults)
                        {
                            throw new Exception("the host reported (this script or the one before on the same board): " + session.Stderr.Substring(faults));
                        }
                    }
                    else
                    {
                        MatchesCPython(script, null);
                    }
                    System.Threading.Interlocked.Increment(ref counts[shared ? 0 : 1]);
                }
                catch (Exception e)
                {
                    System.Threading.Interlocked.Increment(ref counts[2]);
                    failures.Add(script.Replace("|", " through the nanoFramework adapters on ") + (shared ? " (raw REPL)" : "") + ": " + e.Message);
                }
                finally
                {
                    if (session != null)
                    {
                        idle.Add(session);
                    }
                }
            });
            foreach (CPythonOracle oracle in s_allOracles)
            {
                oracle.Dispose();
            }
            foreach (RawReplSession session in all)
            {
                session.Dispose();
                if (session.Stderr.Contains("internal error"))
                {
                    failures.Add("a host serving scripts over the raw REPL reported: " + session.Stderr);
                }
            }
            List<string> names = new List<string>(folders.Keys);
            names.Sort(StringComparer.Ordinal);
            foreach (string name in names)
            {
                int[] c = folders[name];
                _log.WriteLine(name + ": " + (c[0] + c[1]) + " passed (" + c[0] + " over the raw REPL, " + c[1] + " in a process each), " + c[2] + " failed");
            }
            List<string> sorted = new List<string>(failures);
            sorted.Sort(StringComparer.Ordinal);
            Assert.True(sorted.Count == 0, sorted.Count + " of " + scripts.Count + " scripts differ:\n" + string.Join("\n\n", sorted));
        }

        /// <summary>Whether script runs on a shared long-lived board over the raw REPL (see the class summary).</summary>
        private static bool SharesAHost(string script)
        {
            if (script.Contains('|') || script.StartsWith("machine/", StringComparison.Ordinal) || script.StartsWith("drivers/", StringComparison.Ordinal))
            {
                return false;
            }
            string text = File.ReadAllText(Path.Combine(s_root, "tests", "py", script));
            return !text.StartsWith("# board: ", StringComparison.Ordinal) && !text.Contains("# own process: ");
        }

        /// <summary>The board tables the machine scenarios also run on, through the nanoFramework adapters.</summary>
        private static readonly string[] s_emulatedBoards = { "esp32_devkitc", "stm32f769i_discovery" };

        /// <summary>script is a path under tests/py, or "path|board" for a run through the adapters on that board table.</summary>
        private static void MatchesCPython(string script, RawReplSession session)
        {
            string board = null;
            int bar = script.IndexOf('|');
            if (bar >= 0)
            {
                board = script.Substring(bar + 1);
                script = script.Substring(0, bar);
            }
            string path = Path.Combine(s_root, "tests", "py", script);
            string exp = Path.ChangeExtension(path, ".exp");
            string boardExp = board == null ? null : Path.ChangeExtension(path, "." + board + ".exp");
            string expected = boardExp != null && File.Exists(boardExp) ? File.ReadAllText(boardExp) : File.Exists(exp) ? File.ReadAllText(exp) : CPythonOutput(path);
            string host = Path.Combine(AppContext.BaseDirectory, "micropy.dll");
            // A first line "# board: NAME" runs the script on that simulated board (e.g. wipy) instead of the default.
            string first = File.ReadAllText(path).Split('\n')[0];
            string options = first.StartsWith("# board: ", StringComparison.Ordinal) ? "--board " + first.Substring(9).Trim() + " " : "";
            if (board != null)
            {
                options = "--nf-emulation --board " + board + " ";
            }
            Result actual;
            if (session != null)
            {
                string dir = Path.GetDirectoryName(script.Replace('\\', '/')).Replace('\\', '/');
                actual = new Result { Stdout = session.Run(dir, File.ReadAllBytes(path), 20000), Stderr = "" };
            }
            else
            {
                actual = RunProcess("dotnet", "\"" + host + "\" " + ExtraHostOptions + options + "\"" + Path.GetFileName(path) + "\"", Path.GetDirectoryName(path), 20000);
            }
            if (actual.Stderr.Contains("micropy: internal error"))
            {
                throw new Exception(actual.Stderr);
            }
            string a = Normalize(actual.Stdout);
            string e = Normalize(expected);
            if (a != e)
            {
                throw new Exception(Diff(e, a) + "\n--- stderr:\n" + actual.Stderr);
            }
        }

        private static string Normalize(string s)
        {
            return s.Replace("\r\n", "\n");
        }

        private static string CPythonOutput(string path)
        {
            string text = File.ReadAllText(path);
            string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).Substring(0, 16);
            string cacheDir = Path.Combine(s_root, "tests", "py", ".cache");
            Directory.CreateDirectory(cacheDir);
            string cache = Path.Combine(cacheDir, hash + ".out");
            if (File.Exists(cache))
            {
                return File.ReadAllText(cache);
            }
            string output;
            if (CPythonOracle.Available)
            {
                CPythonOracle oracle;
                if (!s_oracles.TryTake(out oracle))
                {
                    oracle = new CPythonOracle(s_python.Value);
                    s_allOracles.Add(oracle);
                }
                try
                {
                    output = oracle.Run(Path.GetDirectoryName(path), Path.GetFileName(path), 30000);
                }
                finally
                {
                    s_oracles.Add(oracle);
                }
            }
            else
            {
                Result r = RunProcess(s_python.Value, "\"" + Path.GetFileName(path) + "\"", Path.GetDirectoryName(path), 30000);
                if (r.ExitCode == -1)
                {
                    throw new Exception("python3 (the oracle) did not run: " + r.Stderr);
                }
                output = r.Stdout;
            }
            // Written aside and renamed: tests/aot/run's conformance run may read the same cache at the same time.
            string tmp = cache + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
            File.WriteAllText(tmp, output);
            File.Move(tmp, cache, true);
            return output;
        }

        /// <summary>The CPython servers not in use, and all of them (ended with the test).</summary>
        private static readonly System.Collections.Concurrent.ConcurrentBag<CPythonOracle> s_oracles = new System.Collections.Concurrent.ConcurrentBag<CPythonOracle>();
        private static readonly System.Collections.Concurrent.ConcurrentBag<CPythonOracle> s_allOracles = new System.Collections.Concurrent.ConcurrentBag<CPythonOracle>();

        /// <summary>The interpreter `python3` runs, resolved once: PATH's python3 may be a version manager's shim (pyenv's
        /// is a shell script that costs more CPU than most scripts).</summary>
        private static readonly Lazy<string> s_python = new Lazy<string>(ResolvePython);

        private static string ResolvePython()
        {
            Result r = RunProcess("python3", "-c \"import sys; sys.stdout.write(sys.executable)\"", s_root, 30000);
            return r.ExitCode == 0 && r.Stdout.Length > 0 && File.Exists(r.Stdout) ? r.Stdout : "python3";
        }

        private struct Result
        {
            public string Stdout;
            public string Stderr;
            public int ExitCode;
        }

        private static Result RunProcess(string exe, string args, string cwd, int timeoutMs)
        {
            ProcessStartInfo psi = new ProcessStartInfo(exe, args);
            psi.WorkingDirectory = cwd;
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            psi.RedirectStandardInput = true;
            psi.UseShellExecute = false;
            psi.Environment["PYTHONHASHSEED"] = "0";
            psi.Environment["PYTHONIOENCODING"] = "utf-8";
            Result res = new Result();
            Process p;
            try
            {
                p = Process.Start(psi);
            }
            catch (Exception ex)
            {
                res.ExitCode = -1;
                res.Stderr = ex.Message;
                res.Stdout = "";
                return res;
            }
            p.StandardInput.Close();
            var so = p.StandardOutput.ReadToEndAsync();
            var se = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(timeoutMs))
            {
                p.Kill(true);
                throw new Exception("timeout after " + timeoutMs + " ms");
            }
            res.Stdout = so.Result;
            res.Stderr = se.Result;
            res.ExitCode = p.ExitCode;
            return res;
        }

        private static string Diff(string expected, string actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            int n = Math.Max(e.Length, a.Length);
            for (int i = 0; i < n; i++)
            {
                string el = i < e.Length ? e[i] : "<missing>";
                string al = i < a.Length ? a[i] : "<missing>";
                if (el != al)
                {
                    return "first difference at line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
                }
            }
            return "outputs differ";
        }
    }
}
