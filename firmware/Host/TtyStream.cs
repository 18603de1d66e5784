using System;
using System.IO;
using System.Text;
using System.Threading;

namespace MicroPy.Host
{
    /// <summary>
    /// A board's USB serial line on Linux: the master side of a new pseudo-terminal (<see cref="OpenPty"/>) or an
    /// existing serial device (<see cref="OpenDevice"/>), in raw mode. Peers come and go as they do on a board:
    /// Read waits for the next peer instead of reporting end of input, output written while no peer is attached
    /// is dropped, a device that disappears is reopened when it comes back.
    /// </summary>
    public sealed class TtyStream : UnseekableStream
    {
        private readonly bool _isPty;
        private readonly string _path;
        private readonly object _fdLock = new object();
        private int _fd;
        private volatile bool _peer;
        private volatile bool _closed;

        private TtyStream(int fd, string path, bool isPty)
        {
            _fd = fd;
            _path = path;
            _isPty = isPty;
        }

        /// <summary>The path a peer opens: the pty's slave (/dev/pts/N) or the device.</summary>
        public string Path
        {
            get { return _path; }
        }

        /// <summary>Reports peers arriving and leaving (for the host's stderr); may be null.</summary>
        public TextWriter Log { get; set; }

        /// <summary>Creates a pseudo-terminal in raw mode; the REPL is served on its master side.</summary>
        public static TtyStream OpenPty()
        {
            RequireLinux();
            int fd = Posix.posix_openpt(Posix.ORdWr | Posix.ONoCtty | Posix.ONonBlock | Posix.OCloExec);
            if (fd < 0)
            {
                throw Fail("posix_openpt");
            }
            byte[] name = new byte[256];
            if (Posix.grantpt(fd) != 0 || Posix.unlockpt(fd) != 0 || Posix.ptsname_r(fd, name, (nuint)name.Length) != 0)
            {
                IOException e = Fail("grantpt/unlockpt/ptsname");
                Posix.close(fd);
                throw e;
            }
            int len = Array.IndexOf(name, (byte)0);
            string path = Encoding.UTF8.GetString(name, 0, len < 0 ? name.Length : len);
            // termios calls on the master act on the slave side, and the settings outlive each peer's session.
            if (!Posix.MakeRaw(fd))
            {
                IOException e = Fail("tcsetattr");
                Posix.close(fd);
                throw e;
            }
            // Open and close the slave once: until a slave has been opened the master can't tell "no peer yet"
            // (no POLLHUP); afterwards POLLHUP means exactly "nobody has the pty open".
            int s = Posix.open(path, Posix.ORdWr | Posix.ONoCtty | Posix.OCloExec);
            if (s >= 0)
            {
                Posix.close(s);
            }
            return new TtyStream(fd, path, true);
        }

        /// <summary>Opens an existing serial device (e.g. /dev/ttyUSB0, /dev/ttyGS0) in raw mode.</summary>
        public static TtyStream OpenDevice(string path)
        {
            RequireLinux();
            int fd = Posix.open(path, Posix.ORdWr | Posix.ONoCtty | Posix.ONonBlock | Posix.OCloExec);
            if (fd < 0)
            {
                throw Fail("can't open " + path);
            }
            if (Posix.isatty(fd) != 1)
            {
                Posix.close(fd);
                throw new IOException(path + " is not a terminal or serial device");
            }
            if (!Posix.MakeRaw(fd))
            {
                IOException e = Fail("can't set " + path + " to raw mode");
                Posix.close(fd);
                throw e;
            }
            return new TtyStream(fd, path, false);
        }

        private static int OpenRaw(string path)
        {
            // Only terminals: never a regular file that took the device's name while it was away.
            int fd = Posix.open(path, Posix.ORdWr | Posix.ONoCtty | Posix.ONonBlock | Posix.OCloExec);
            if (fd >= 0 && (Posix.isatty(fd) != 1 || !Posix.MakeRaw(fd)))
            {
                Posix.close(fd);
                return -1;
            }
            return fd;
        }

        private static void RequireLinux()
        {
            if (!OperatingSystem.IsLinux())
            {
                throw new PlatformNotSupportedException("--pty and --port are supported on Linux only");
            }
        }

        private static IOException Fail(string what)
        {
            int errno = Posix.Errno;
            return new IOException(what + ": " + Posix.ErrorText(errno) + " (errno " + errno + ")");
        }

        private void Say(string text)
        {
            TextWriter log = Log;
            if (log != null)
            {
                log.WriteLine("micropy: " + text);
                log.Flush();
            }
        }

        private void PeerState(bool present)
        {
            if (present == _peer)
            {
                return;
            }
            _peer = present;
            if (_isPty)
            {
                Say(present ? "peer opened " + _path : "peer closed " + _path + "; waiting for the next one");
            }
            else
            {
                Say(present ? _path + " is back" : _path + " went away; waiting for it to come back");
            }
        }

        /// <summary>Blocks until at least one byte arrives from a peer; returns 0 only after Dispose.</summary>
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (count == 0)
            {
                return 0;
            }
            while (!_closed)
            {
                int fd = _fd;
                if (fd < 0)
                {
                    Reopen();
                    continue;
                }
                int ev = Posix.PollOne(fd, Posix.PollIn, 500);
                if (ev == 0)
                {
                    continue;
                }
                if (ev < 0 || (ev & Posix.PollNval) != 0)
                {
                    Lost();
                    continue;
                }
                if ((ev & Posix.PollIn) != 0)
                {
                    nint n = Posix.read(fd, ref buffer[offset], count);
                    if (n > 0)
                    {
                        PeerState(true);
                        return (int)n;
                    }
                    int errno = n < 0 ? Posix.Errno : 0;
                    if (n < 0 && (errno == Posix.EAgain || errno == Posix.EIntr))
                    {
                        continue;
                    }
                    // EIO (pty: no slave open) or end of file (device: hung up).
                    Lost();
                    continue;
                }
                if ((ev & (Posix.PollHup | Posix.PollErr)) != 0)
                {
                    Lost();
                }
            }
            return 0;
        }

        /// <summary>The peer went away: a pty waits for the next one to open the slave, a device is reopened.</summary>
        private void Lost()
        {
            PeerState(false);
            if (_isPty)
            {
                // POLLHUP stays raised until a peer opens the slave: look again a little later.
                Thread.Sleep(50);
                return;
            }
            lock (_fdLock)
            {
                if (_fd >= 0)
                {
                    Posix.close(_fd);
                    _fd = -1;
                }
            }
            Thread.Sleep(250);
        }

        private void Reopen()
        {
            int fd = OpenRaw(_path);
            if (fd < 0)
            {
                Thread.Sleep(250);
                return;
            }
            lock (_fdLock)
            {
                _fd = fd;
            }
        }

        /// <summary>Writes everything, waiting while the peer's buffer is full; drops the data when no peer is
        /// attached (as a board's USB serial does), so the interpreter never stalls on an empty line.</summary>
        public override void Write(byte[] buffer, int offset, int count)
        {
            while (count > 0 && !_closed)
            {
                int fd = _fd;
                if (fd < 0)
                {
                    return;
                }
                int ev = Posix.PollOne(fd, Posix.PollOut, 0);
                if (ev < 0 || (ev & (Posix.PollHup | Posix.PollErr | Posix.PollNval)) != 0)
                {
                    if (_isPty)
                    {
                        // Discard output that slipped in while the last peer closed, so the next one starts clean.
                        // Only output: a new peer may already have typed (Ctrl-C!) and that must not be lost.
                        Posix.tcflush(fd, Posix.TcOFlush);
                    }
                    return;
                }
                nint n = Posix.write(fd, ref buffer[offset], count);
                if (n > 0)
                {
                    offset += (int)n;
                    count -= (int)n;
                    continue;
                }
                int errno = Posix.Errno;
                if (n < 0 && errno != Posix.EAgain && errno != Posix.EIntr)
                {
                    return;
                }
                Posix.PollOne(fd, Posix.PollOut, 100);
            }
        }

        protected override void Dispose(bool disposing)
        {
            _closed = true;
            lock (_fdLock)
            {
                if (_fd >= 0)
                {
                    Posix.close(_fd);
                    _fd = -1;
                }
            }
            base.Dispose(disposing);
        }
    }
}
