using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace MicroPy.Tests.Conformance
{
    /// <summary>
    /// One long-lived desktop board (micropy --repl over pipes) that runs scripts the way MicroPython's run-tests
    /// runs them on a board: raw REPL (Ctrl-A), a soft reset (Ctrl-D) before every script, the script's text sent
    /// and executed (Ctrl-D), its output read up to the first 0x04 and its error text up to the second. The soft
    /// reset between scripts is what isolates them, so a leak of state from one script into the next is a failure.
    /// </summary>
    internal sealed class RawReplSession : IDisposable
    {
        private const string RawPrompt = "raw REPL; CTRL-B to exit\r\n>";
        private readonly string _host;
        private readonly string _flash;
        private readonly StringBuilder _stderr = new StringBuilder();
        private readonly List<byte> _buf = new List<byte>();
        private Process _p;
        private Stream _in;
        private bool _eof;

        public RawReplSession(string host, string flash)
        {
            _host = host;
            _flash = flash;
        }

        /// <summary>What the host wrote to stderr so far (internal errors are reported there).</summary>
        public string Stderr
        {
            get
            {
                lock (_stderr)
                {
                    return _stderr.ToString();
                }
            }
        }

        private void Start()
        {
            ProcessStartInfo psi = new ProcessStartInfo("dotnet", "\"" + _host + "\" " + ConformanceTests.ExtraHostOptions + "--repl --virtual-time --flash \"" + _flash + "\"");
            psi.WorkingDirectory = _flash;
            psi.RedirectStandardInput = true;
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            psi.UseShellExecute = false;
            _p = Process.Start(psi);
            _in = _p.StandardInput.BaseStream;
            _eof = false;
            lock (_buf)
            {
                _buf.Clear();
            }
            Process p = _p;
            Thread reader = new Thread(() =>
            {
                Stream o = p.StandardOutput.BaseStream;
                byte[] chunk = new byte[8192];
                while (true)
                {
                    int n;
                    try
                    {
                        n = o.Read(chunk, 0, chunk.Length);
                    }
                    catch (Exception)
                    {
                        n = 0;
                    }
                    lock (_buf)
                    {
                        if (p != _p)
                        {
                            return;
                        }
                        if (n <= 0)
                        {
                            _eof = true;
                            Monitor.PulseAll(_buf);
                            return;
                        }
                        for (int i = 0; i < n; i++)
                        {
                            _buf.Add(chunk[i]);
                        }
                        Monitor.PulseAll(_buf);
                    }
                }
            });
            reader.IsBackground = true;
            reader.Start();
            p.ErrorDataReceived += (s, e) =>
            {
                if (e.Data != null)
                {
                    lock (_stderr)
                    {
                        _stderr.Append(e.Data).Append('\n');
                    }
                }
            };
            p.BeginErrorReadLine();
            Send("\r\x03\x03\r\x01");
            ReadUntil(RawPrompt, 60000);
        }

        private void Send(string text)
        {
            Send(Encoding.UTF8.GetBytes(text));
        }

        private void Send(byte[] data)
        {
            _in.Write(data, 0, data.Length);
            _in.Flush();
        }

        /// <summary>The bytes up to and including marker (consumed), or an exception on timeout or end of output.</summary>
        private byte[] ReadUntil(string marker, int timeoutMs)
        {
            byte[] m = Encoding.ASCII.GetBytes(marker);
            DateTime deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            lock (_buf)
            {
                int from = 0;
                while (true)
                {
                    for (int i = from; i + m.Length <= _buf.Count; i++)
                    {
                        bool hit = true;
                        for (int k = 0; k < m.Length; k++)
                        {
                            if (_buf[i + k] != m[k])
                            {
                                hit = false;
                                break;
                            }
                        }
                        if (hit)
                        {
                            byte[] got = _buf.GetRange(0, i + m.Length).ToArray();
                            _buf.RemoveRange(0, i + m.Length);
                            return got;
                        }
                    }
                    from = Math.Max(0, _buf.Count - m.Length + 1);
                    if (_eof)
                    {
                        throw new IOException("the board stopped answering (end of output) while waiting for " + Printable(marker)
                            + "; it printed: " + Printable(Encoding.UTF8.GetString(_buf.ToArray())));
                    }
                    TimeSpan left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero)
                    {
                        throw new TimeoutException("timeout after " + timeoutMs + " ms waiting for " + Printable(marker));
                    }
                    Monitor.Wait(_buf, left);
                }
            }
        }

        private static string Printable(string s)
        {
            return s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\x04", "\\x04");
        }

        /// <summary>Runs code in the raw REPL; returns its output; error gets what it printed as an uncaught exception.</summary>
        private string Exec(byte[] code, int timeoutMs, out string error)
        {
            Send(code);
            Send("\x04");
            ReadUntil("OK", timeoutMs);
            byte[] output = ReadUntil("\x04", timeoutMs);
            byte[] err = ReadUntil("\x04", timeoutMs);
            ReadUntil(">", timeoutMs);
            error = Encoding.UTF8.GetString(err, 0, err.Length - 1);
            return Encoding.UTF8.GetString(output, 0, output.Length - 1).Replace("\r\n", "\n");
        }

        /// <summary>
        /// Soft-resets the board, makes dir (relative to the flash root) the current folder and sys.path[0], as for a
        /// script started from its folder, and runs source. A script that hangs or kills the board costs the
        /// session: the next call starts a new board.
        /// </summary>
        public string Run(string dir, byte[] source, int timeoutMs)
        {
            try
            {
                if (_p == null)
                {
                    Start();
                }
                Send("\x04");
                ReadUntil("soft reboot\r\n", timeoutMs);
                ReadUntil(RawPrompt, timeoutMs);
                string where = dir.Length == 0 ? "/flash" : "/flash/" + dir;
                string error;
                Exec(Encoding.UTF8.GetBytes("import uos as _u, sys as _s\n_u.chdir('" + where + "')\n_s.path[0] = '" + where + "'\ndel _u, _s\n"), timeoutMs, out error);
                if (error.Length > 0)
                {
                    throw new IOException("the board could not enter " + where + ": " + error);
                }
                return Exec(source, timeoutMs, out error);
            }
            catch (Exception)
            {
                Stop(true);
                throw;
            }
        }

        private void Stop(bool kill)
        {
            Process p = _p;
            if (p == null)
            {
                return;
            }
            lock (_buf)
            {
                _p = null;
            }
            try
            {
                if (kill && !p.HasExited)
                {
                    p.Kill(true);
                }
                if (!p.HasExited)
                {
                    _in.Close();
                    if (!p.WaitForExit(5000))
                    {
                        p.Kill(true);
                    }
                }
                p.WaitForExit();
            }
            catch (Exception)
            {
            }
        }

        /// <summary>Ends the session (end of input: the host exits and reports any internal error on stderr).</summary>
        public void Dispose()
        {
            Stop(false);
        }
    }
}
