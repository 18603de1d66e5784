using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// ISocket over nanoFramework's System.Net.Sockets.Socket. That Socket has no Blocking property: its native
    /// handle is non-blocking (lwIP, FIONBIO), but the managed calls wait for readiness on the calling thread
    /// (Connect and Accept poll with an infinite timeout; Send loops until every byte is queued; Receive waits for
    /// data). So every call here first asks Poll(0, ...) or Available whether it can complete now, and reports
    /// -EAGAIN otherwise, which lets usocket do the waiting in slices that serve Ctrl-C and scheduled callbacks.
    /// A TCP Connect cannot be split that way, so it runs on a worker thread (-EINPROGRESS until it ends).
    /// Sends on a stream are cut to SendChunk bytes: lwIP reports a socket writable only while more than
    /// TCP_SNDLOWAT (at least one MSS) bytes of send buffer are free, so one chunk is queued without waiting.
    /// Errors are SocketException.ErrorCode values (Winsock numbering) mapped by NanoNetMapping.
    /// </summary>
    public sealed class NanoSocket : ISocket
    {
        private const int PollIn = 1;
        private const int PollOut = 4;
        private const int PollErr = 8;
        private const int PollHup = 16;
        private const int SendChunk = 1024;

        private const int ConnectIdle = 0;
        private const int ConnectRunning = 1;
        private const int ConnectDone = 2;

        private readonly Socket _s;
        private readonly bool _dgram;
        private bool _closed;
        private bool _listening;
        private bool _connected;
        // nanoFramework's ReceiveFrom throws NotConnected until the socket was bound, connected or sent from.
        private bool _bound;
        private int _connectState;
        private int _connectErrno;
        private EndPoint _connectTo;
        private EndPoint _anyEp;

        public NanoSocket(Socket s, bool dgram)
        {
            _s = s;
            _dgram = dgram;
        }

        private NanoSocket(Socket accepted)
        {
            _s = accepted;
            _connected = true;
            _bound = true;
        }

        /// <summary>The Winsock-numbered code of a SocketException: nanoFramework's ErrorCode. (Built for .NET, as
        /// the unit tests do, it is SocketErrorCode: .NET's ErrorCode is the raw OS errno on Linux.)</summary>
        internal static int Code(SocketException e)
        {
#if NANOFRAMEWORK_1_0
            return e.ErrorCode;
#else
            return (int)e.SocketErrorCode;
#endif
        }

        private static int Fail(Exception e, bool transfer)
        {
            SocketException se = e as SocketException;
            if (se != null)
            {
                return -NanoNetMapping.Errno(Code(se), transfer);
            }
            if (e is ObjectDisposedException)
            {
                return -OsErrno.EBADF;
            }
            if (e is ArgumentException)
            {
                return -OsErrno.EINVAL;
            }
            if (e is OutOfMemoryException)
            {
                return -OsErrno.ENOMEM;
            }
            return -OsErrno.EIO;
        }

        private static EndPoint Ep(int ip, int port)
        {
            return new IPEndPoint(NanoNetMapping.ToNfAddress(ip), port);
        }

        private static void Unpack(EndPoint ep, out int ip, out int port)
        {
            IPEndPoint ipep = ep as IPEndPoint;
            if (ipep == null)
            {
                ip = 0;
                port = 0;
                return;
            }
            ip = NanoNetMapping.FromAddressBytes(ipep.Address.GetAddressBytes());
            port = ipep.Port;
        }

        public int Bind(int ip, int port)
        {
            try
            {
                _s.Bind(Ep(ip, port));
                _bound = true;
                return 0;
            }
            catch (Exception e)
            {
                return Fail(e, false);
            }
        }

        public int Listen(int backlog)
        {
            try
            {
                _s.Listen(backlog);
                _listening = true;
                return 0;
            }
            catch (Exception e)
            {
                return Fail(e, false);
            }
        }

        public ISocket Accept(out int ip, out int port, out int errno)
        {
            ip = 0;
            port = 0;
            if (!_listening)
            {
                errno = -OsErrno.EINVAL;
                return null;
            }
            try
            {
                if (!_s.Poll(0, SelectMode.SelectRead))
                {
                    errno = -OsErrno.EAGAIN;
                    return null;
                }
                Socket c = _s.Accept();
                NanoSocket ns = new NanoSocket(c);
                try
                {
                    Unpack(c.RemoteEndPoint, out ip, out port);
                }
                catch (Exception)
                {
                    // The peer may already have gone; the connection is still handed over (recv reports it).
                }
                errno = 0;
                return ns;
            }
            catch (Exception e)
            {
                errno = Fail(e, false);
                return null;
            }
        }

        public int Connect(int ip, int port)
        {
            if (_connectState == ConnectRunning)
            {
                return -OsErrno.EALREADY;
            }
            if (_connectState == ConnectDone)
            {
                // A non-blocking connect that ended: connecting again reports its outcome, as BSD sockets do.
                int r = ConnectResult();
                return r == 0 ? -OsErrno.EISCONN : r;
            }
            if (_connected && !_dgram)
            {
                return -OsErrno.EISCONN;
            }
            EndPoint ep;
            try
            {
                ep = Ep(ip, port);
            }
            catch (Exception e)
            {
                return Fail(e, false);
            }
            if (_dgram)
            {
                // A datagram "connect" only sets the default peer: lwIP completes it at once.
                try
                {
                    _s.Connect(ep);
                    _connected = true;
                    _bound = true;
                    return 0;
                }
                catch (Exception e)
                {
                    return Fail(e, false);
                }
            }
            _connectTo = ep;
            _connectErrno = 0;
            _connectState = ConnectRunning;
            try
            {
                new Thread(ConnectWorker).Start();
            }
            catch (Exception e)
            {
                _connectState = ConnectIdle;
                return Fail(e, false);
            }
            return -OsErrno.EINPROGRESS;
        }

        private void ConnectWorker()
        {
            int err = 0;
            try
            {
                _s.Connect(_connectTo);
            }
            catch (SocketException e)
            {
                err = NanoNetMapping.ConnectFailure(Code(e), PendingError());
            }
            catch (Exception e)
            {
                err = -Fail(e, false);
            }
            _connectTo = null;
            _connectErrno = err;
            _connectState = ConnectDone;
        }

        /// <summary>The socket's SO_ERROR, 0 when unknown.</summary>
        private int PendingError()
        {
            try
            {
                object v = _s.GetSocketOption((SocketOptionLevel)NanoNetMapping.NfLevelSocket, (SocketOptionName)NanoNetMapping.NfError);
                return v is int ? (int)v : 0;
            }
            catch (Exception)
            {
                return 0;
            }
        }

        public int ConnectResult()
        {
            if (_connectState == ConnectRunning)
            {
                return -OsErrno.EINPROGRESS;
            }
            if (_connectState == ConnectDone)
            {
                _connectState = ConnectIdle;
                if (_connectErrno != 0)
                {
                    return -_connectErrno;
                }
                _connected = true;
                _bound = true;
            }
            return 0;
        }

        /// <summary>Before a transfer on a stream: -EAGAIN while the connect worker runs, the connect's error if
        /// it failed and nobody collected it yet (non-blocking connect then send), -ENOTCONN if never connected.</summary>
        private int StreamReady()
        {
            if (_connectState == ConnectRunning)
            {
                return -OsErrno.EAGAIN;
            }
            if (_connectState == ConnectDone)
            {
                int r = ConnectResult();
                if (r < 0)
                {
                    return r;
                }
            }
            return _connected ? 0 : -OsErrno.ENOTCONN;
        }

        public int Send(byte[] buf, int offset, int count)
        {
            if (!_dgram)
            {
                int ready = StreamReady();
                if (ready < 0)
                {
                    return ready;
                }
            }
            if (count == 0)
            {
                return 0;
            }
            try
            {
                if (!_s.Poll(0, SelectMode.SelectWrite))
                {
                    return -OsErrno.EAGAIN;
                }
                int n = !_dgram && count > SendChunk ? SendChunk : count;
                return _s.Send(buf, offset, n, SocketFlags.None);
            }
            catch (Exception e)
            {
                return Fail(e, true);
            }
        }

        public int Receive(byte[] buf, int offset, int count)
        {
            if (_dgram)
            {
                int ip;
                int port;
                return ReceiveFrom(buf, offset, count, out ip, out port);
            }
            int ready = StreamReady();
            if (ready < 0)
            {
                return ready;
            }
            try
            {
                // Readable with nothing available: end of stream (or an error the Receive reports).
                if (_s.Available == 0 && !_s.Poll(0, SelectMode.SelectRead))
                {
                    return -OsErrno.EAGAIN;
                }
                return count == 0 ? 0 : _s.Receive(buf, offset, count, SocketFlags.None);
            }
            catch (Exception e)
            {
                return Fail(e, true);
            }
        }

        public int SendTo(byte[] buf, int offset, int count, int ip, int port)
        {
            try
            {
                int n = _s.SendTo(buf, offset, count, SocketFlags.None, Ep(ip, port));
                _bound = true;
                return n;
            }
            catch (Exception e)
            {
                return Fail(e, true);
            }
        }

        public int ReceiveFrom(byte[] buf, int offset, int count, out int ip, out int port)
        {
            ip = 0;
            port = 0;
            if (!_dgram)
            {
                int n = Receive(buf, offset, count);
                if (n >= 0)
                {
                    GetAddress(true, out ip, out port);
                }
                return n;
            }
            if (!_bound)
            {
                // Unbound: nothing can arrive yet; like the OS, just wait.
                return -OsErrno.EAGAIN;
            }
            try
            {
                if (_s.Available == 0 && !_s.Poll(0, SelectMode.SelectRead))
                {
                    return -OsErrno.EAGAIN;
                }
                if (_anyEp == null)
                {
                    _anyEp = new IPEndPoint(0, 0);
                }
                EndPoint from = _anyEp;
                int n = _s.ReceiveFrom(buf, offset, count, SocketFlags.None, ref from);
                Unpack(from, out ip, out port);
                return n;
            }
            catch (SocketException e)
            {
                // A datagram longer than count: nanoFramework fills the buffer and drops the rest, as MicroPython
                // truncates (the sender is not reported then).
                if (NanoNetMapping.IsTruncation(Code(e)))
                {
                    return count;
                }
                return Fail(e, true);
            }
            catch (Exception e)
            {
                return Fail(e, true);
            }
        }

        public int SetOption(int level, int name, int value)
        {
            int nfLevel;
            int nfName;
            if (!NanoNetMapping.Option(level, name, !_dgram, out nfLevel, out nfName))
            {
                return -OsErrno.ENOPROTOOPT;
            }
            try
            {
                _s.SetSocketOption((SocketOptionLevel)nfLevel, (SocketOptionName)nfName, value);
                return 0;
            }
            catch (Exception e)
            {
                return Fail(e, false);
            }
        }

        public int GetAddress(bool remote, out int ip, out int port)
        {
            ip = 0;
            port = 0;
            if (remote && !_dgram && StreamReady() < 0)
            {
                return -OsErrno.ENOTCONN;
            }
            if (remote && !_connected)
            {
                return -OsErrno.ENOTCONN;
            }
            try
            {
                Unpack(remote ? _s.RemoteEndPoint : _s.LocalEndPoint, out ip, out port);
                return 0;
            }
            catch (Exception e)
            {
                // An unbound socket has no local name in nanoFramework; report 0.0.0.0:0 as the OS does.
                return remote ? Fail(e, true) : 0;
            }
        }

        public int Poll(int events, int timeoutUs)
        {
            if (_closed)
            {
                return PollHup;
            }
            bool wantIn = (events & PollIn) != 0;
            bool wantOut = (events & PollOut) != 0;
            if (_connectState != ConnectIdle)
            {
                return PollConnecting(wantOut, timeoutUs);
            }
            try
            {
                if (wantIn && !wantOut)
                {
                    return _s.Poll(timeoutUs, SelectMode.SelectRead) ? PollIn : 0;
                }
                if (wantOut && !wantIn)
                {
                    return _s.Poll(timeoutUs, SelectMode.SelectWrite) ? PollOut : 0;
                }
                if (!wantIn)
                {
                    return 0;
                }
                int r = (_s.Poll(0, SelectMode.SelectRead) ? PollIn : 0) | (_s.Poll(0, SelectMode.SelectWrite) ? PollOut : 0);
                if (r == 0 && timeoutUs > 0)
                {
                    // Socket.Poll waits for one condition only: wait for input, then look at output once more.
                    r = (_s.Poll(timeoutUs, SelectMode.SelectRead) ? PollIn : 0) | (_s.Poll(0, SelectMode.SelectWrite) ? PollOut : 0);
                }
                return r;
            }
            catch (Exception)
            {
                // nanoFramework's Poll throws when the socket is in the error state (reset, refused...).
                return PollErr | PollHup;
            }
        }

        /// <summary>While the connect worker runs the socket is neither readable nor writable; when it has ended,
        /// writable (with POLLERR if it failed) until ConnectResult collects the outcome.</summary>
        private int PollConnecting(bool wantOut, int timeoutUs)
        {
            int waitedMs = 0;
            int limitMs = timeoutUs <= 0 ? 0 : (timeoutUs + 999) / 1000;
            while (_connectState == ConnectRunning && waitedMs < limitMs)
            {
                Thread.Sleep(1);
                waitedMs++;
            }
            if (_connectState == ConnectRunning)
            {
                return 0;
            }
            int r = wantOut ? PollOut : 0;
            return _connectErrno != 0 ? r | PollErr : r;
        }

        public void Close()
        {
            if (!_closed)
            {
                _closed = true;
                try
                {
                    _s.Close();
                }
                catch (Exception)
                {
                }
            }
        }
    }
}
