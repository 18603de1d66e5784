using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace MicroPy.Tests.Conformance
{
    /// <summary>
    /// One long-lived CPython (cpython_oracle.py) that forks a child per script, so a script's expected output costs
    /// the script, not an interpreter start-up (most of it: site and its .pth files). The child runs the script as
    /// `python3 FILE` from its folder would (see cpython_oracle.py). A timeout or a broken server costs the server: the
    /// next call starts a new one.
    /// </summary>
    internal sealed class CPythonOracle : IDisposable
    {
        private readonly string _python;
        private readonly string _scratch = Path.Combine(Path.GetTempPath(), "micropy-oracle-" + Guid.NewGuid().ToString("N"));
        private Process _p;

        public CPythonOracle(string python)
        {
            _python = python;
        }

        /// <summary>Whether children can be forked (not on Windows: there each script starts a python3).</summary>
        public static bool Available => !OperatingSystem.IsWindows();

        /// <summary>The script's stdout as `python3 NAME` in folder prints it; throws on a timeout.</summary>
        public string Run(string folder, string name, int timeoutMs)
        {
            try
            {
                if (_p == null)
                {
                    Start();
                }
                string o = Path.Combine(_scratch, "out");
                string e = Path.Combine(_scratch, "err");
                _p.StandardInput.Write(folder + "\t" + name + "\t" + o + "\t" + e + "\n");
                _p.StandardInput.Flush();
                Task<string> reply = _p.StandardOutput.ReadLineAsync();
                if (!reply.Wait(timeoutMs))
                {
                    throw new TimeoutException("python3 (the oracle) ran " + name + " for over " + timeoutMs + " ms");
                }
                if (reply.Result == null)
                {
                    throw new IOException("the python3 oracle ended: " + _p.StandardError.ReadToEnd());
                }
                // As a process's redirected stdout reads (UTF-8, a byte order mark dropped).
                using (StreamReader r = new StreamReader(o, Encoding.UTF8, true))
                {
                    return r.ReadToEnd();
                }
            }
            catch (Exception)
            {
                Stop();
                throw;
            }
        }

        private void Start()
        {
            Directory.CreateDirectory(_scratch);
            string script = Path.Combine(RepoRoot.Dir, "tests", "Unit", "Conformance", "cpython_oracle.py");
            ProcessStartInfo psi = new ProcessStartInfo(_python);
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("__import__('runpy').run_path(" + PyString(script) + ", run_name='cpython_oracle')");
            psi.RedirectStandardInput = true;
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            psi.UseShellExecute = false;
            psi.Environment["PYTHONHASHSEED"] = "0";
            psi.Environment["PYTHONIOENCODING"] = "utf-8";
            _p = Process.Start(psi);
        }

        private static string PyString(string s)
        {
            return "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
        }

        private void Stop()
        {
            Process p = _p;
            _p = null;
            if (p == null)
            {
                return;
            }
            try
            {
                p.Kill(true);
                p.WaitForExit();
            }
            catch (Exception)
            {
            }
            p.Dispose();
        }

        /// <summary>Ends the server (end of its input) and removes its scratch folder.</summary>
        public void Dispose()
        {
            Process p = _p;
            _p = null;
            if (p != null)
            {
                try
                {
                    p.StandardInput.Close();
                    if (!p.WaitForExit(5000))
                    {
                        p.Kill(true);
                    }
                }
                catch (Exception)
                {
                }
                p.Dispose();
            }
            try
            {
                Directory.Delete(_scratch, true);
            }
            catch (Exception)
            {
            }
        }
    }
}
