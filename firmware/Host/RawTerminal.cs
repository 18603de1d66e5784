using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace MicroPy.Host
{
    /// <summary>
    /// The controlling terminal (stdin) in raw mode through termios (no child process, which .NET would follow by
    /// re-applying its own console mode); the saved settings come back on every way out: Dispose, process exit,
    /// an unhandled exception, and SIGTERM/SIGHUP/SIGINT/SIGQUIT.
    /// </summary>
    public sealed class RawTerminal : IDisposable
    {
        private const int StdIn = 0;
        private readonly byte[] _saved;
        private readonly PosixSignalRegistration[] _signals;
        private int _restored;

        private RawTerminal(byte[] saved)
        {
            _saved = saved;
            AppDomain.CurrentDomain.ProcessExit += OnExit;
            AppDomain.CurrentDomain.UnhandledException += OnUnhandled;
            PosixSignal[] which = { PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGINT, PosixSignal.SIGQUIT };
            _signals = new PosixSignalRegistration[which.Length];
            for (int i = 0; i < which.Length; i++)
            {
                _signals[i] = PosixSignalRegistration.Create(which[i], OnSignal);
            }
        }

        /// <summary>Raw mode on stdin's terminal; null when stdin is not a terminal (or on Windows).</summary>
        public static RawTerminal Enter()
        {
            if (OperatingSystem.IsWindows() || Posix.isatty(StdIn) != 1)
            {
                return null;
            }
            byte[] saved = new byte[256];
            if (Posix.tcgetattr(StdIn, saved) != 0)
            {
                return null;
            }
            byte[] raw = (byte[])saved.Clone();
            Posix.cfmakeraw(raw);
            if (Posix.tcsetattr(StdIn, Posix.TcsaNow, raw) != 0)
            {
                return null;
            }
            return new RawTerminal(saved);
        }

        private void OnExit(object sender, EventArgs e)
        {
            Restore();
        }

        private void OnUnhandled(object sender, UnhandledExceptionEventArgs e)
        {
            Restore();
        }

        private void OnSignal(PosixSignalContext context)
        {
            // The default action (termination) follows.
            Restore();
        }

        private void Restore()
        {
            if (Interlocked.Exchange(ref _restored, 1) == 0)
            {
                Posix.tcsetattr(StdIn, Posix.TcsaNow, _saved);
            }
        }

        public void Dispose()
        {
            Restore();
            AppDomain.CurrentDomain.ProcessExit -= OnExit;
            AppDomain.CurrentDomain.UnhandledException -= OnUnhandled;
            for (int i = 0; i < _signals.Length; i++)
            {
                _signals[i].Dispose();
            }
        }
    }
}
