using System;
using System.Runtime.InteropServices;

namespace MicroPy.Host
{
    /// <summary>The few Linux libc calls the serial REPL needs (pseudo-terminals, termios, poll, raw fd I/O).</summary>
    internal static class Posix
    {
        public const int ORdWr = 0x2;
        public const int ONoCtty = 0x100;
        public const int ONonBlock = 0x800;
        public const int OCloExec = 0x80000;

        public const int EIntr = 4;
        public const int EIo = 5;
        public const int EAgain = 11;

        public const short PollIn = 0x1;
        public const short PollOut = 0x4;
        public const short PollErr = 0x8;
        public const short PollHup = 0x10;
        public const short PollNval = 0x20;

        public const int TcsaNow = 0;
        public const int TcOFlush = 1;

        [StructLayout(LayoutKind.Sequential)]
        public struct PollFd
        {
            public int Fd;
            public short Events;
            public short Revents;
        }

        [DllImport("libc", SetLastError = true)]
        public static extern int posix_openpt(int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int grantpt(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int unlockpt(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int ptsname_r(int fd, byte[] buf, nuint buflen);

        [DllImport("libc", SetLastError = true)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern nint read(int fd, ref byte buf, nint count);

        [DllImport("libc", SetLastError = true)]
        public static extern nint write(int fd, ref byte buf, nint count);

        [DllImport("libc", SetLastError = true)]
        public static extern int poll(ref PollFd fds, nuint nfds, int timeout);

        [DllImport("libc", SetLastError = true)]
        public static extern int isatty(int fd);

        // struct termios is passed as an opaque buffer larger than any libc's layout (glibc: 60 bytes).
        [DllImport("libc", SetLastError = true)]
        public static extern int tcgetattr(int fd, byte[] termios);

        [DllImport("libc", SetLastError = true)]
        public static extern int tcsetattr(int fd, int optionalActions, byte[] termios);

        [DllImport("libc")]
        public static extern void cfmakeraw(byte[] termios);

        [DllImport("libc", SetLastError = true)]
        public static extern int tcflush(int fd, int queueSelector);

        public static int Errno
        {
            get { return Marshal.GetLastPInvokeError(); }
        }

        /// <summary>The C library's text for an errno value.</summary>
        public static string ErrorText(int errno)
        {
            return Marshal.GetPInvokeErrorMessage(errno);
        }

        /// <summary>Puts a terminal (or, through a pty master, its slave side) in raw mode: no echo, no line
        /// editing, no signal characters, 8-bit clean, no output cooking. Returns false when fd isn't a tty.</summary>
        public static bool MakeRaw(int fd)
        {
            byte[] t = new byte[256];
            if (tcgetattr(fd, t) != 0)
            {
                return false;
            }
            cfmakeraw(t);
            return tcsetattr(fd, TcsaNow, t) == 0;
        }

        /// <summary>poll() on one descriptor; returns revents, 0 on timeout, -1 on error (EINTR reported as 0).</summary>
        public static int PollOne(int fd, short events, int timeoutMs)
        {
            PollFd p = new PollFd();
            p.Fd = fd;
            p.Events = events;
            int r = poll(ref p, 1, timeoutMs);
            if (r < 0)
            {
                return Errno == EIntr ? 0 : -1;
            }
            return r == 0 ? 0 : p.Revents & 0xFFFF;
        }
    }
}
