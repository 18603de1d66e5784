namespace MicroPy.Hal
{
    /// <summary>
    /// One IPv4 socket of the port's network stack. Every call is non-blocking: it completes at once or reports
    /// -EAGAIN (or -EINPROGRESS for Connect); the portable layer waits with Poll and implements blocking modes and
    /// timeouts itself. Results are counts (>= 0) or negative Linux errno values (OsErrno). Addresses are IPv4
    /// packed big-endian in an int (a.b.c.d = a&lt;&lt;24 | b&lt;&lt;16 | c&lt;&lt;8 | d), ports 0..65535.
    /// Implementable over .NET and nanoFramework System.Net.Sockets.Socket (Blocking=false, Poll, Available).
    /// </summary>
    public interface ISocket
    {
        int Bind(int ip, int port);

        int Listen(int backlog);

        /// <summary>A pending connection (null with errno -EAGAIN when there is none, or another -errno).</summary>
        ISocket Accept(out int ip, out int port, out int errno);

        /// <summary>0 when connected, -EINPROGRESS while the handshake runs (then poll for POLLOUT and call
        /// ConnectResult), or -errno.</summary>
        int Connect(int ip, int port);

        /// <summary>After -EINPROGRESS: 0 connected, -EINPROGRESS still running, or -errno (refused etc.).</summary>
        int ConnectResult();

        /// <summary>Bytes queued (may be fewer than count), -EAGAIN when the send buffer is full, or -errno.</summary>
        int Send(byte[] buf, int offset, int count);

        /// <summary>Bytes read, 0 at end of stream, -EAGAIN when nothing is there, or -errno.</summary>
        int Receive(byte[] buf, int offset, int count);

        int SendTo(byte[] buf, int offset, int count, int ip, int port);

        /// <summary>A datagram (truncated to count), with its sender; -EAGAIN when none is queued.</summary>
        int ReceiveFrom(byte[] buf, int offset, int count, out int ip, out int port);

        /// <summary>level/name as the usocket constants (SOL_SOCKET 1: SO_REUSEADDR 2, SO_KEEPALIVE 9,
        /// SO_BROADCAST 6; IPPROTO_TCP 6: TCP_NODELAY 1). 0 or -errno (-ENOPROTOOPT when unsupported).</summary>
        int SetOption(int level, int name, int value);

        /// <summary>Local (remote false) or peer address. 0 or -errno.</summary>
        int GetAddress(bool remote, out int ip, out int port);

        /// <summary>Which of events (POLLIN 1, POLLOUT 4) are ready, plus POLLERR 8 / POLLHUP 16; waits up to
        /// timeoutUs (0: just look) for one of them.</summary>
        int Poll(int events, int timeoutUs);

        void Close();
    }
}
