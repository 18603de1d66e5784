using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace MicroPy.Hal.Desktop
{
    /// <summary>ISocket over a non-blocking .NET socket (errors become negative Linux errno values).</summary>
    public sealed class DesktopSocket : ISocket
    {
        private const int PollIn = 1;
        private const int PollOut = 4;
        private const int PollErr = 8;
        private const int PollHup = 16;

        private readonly Socket _s;
        private readonly bool _dgram;
        private byte[] _dgramBuf;
        private bool _connecting;
        private bool _closed;
        private bool _listening;

        private readonly bool _sealed;

        /// <summary>sealedNet: the simulated board's network is loopback only (see DesktopSocketStack).</summary>
        public DesktopSocket(Socket s, bool dgram, bool sealedNet)
        {
            _s = s;
            _s.Blocking = false;
            _dgram = dgram;
            _sealed = sealedNet;
        }

        private const int LoopbackIp = 0x7F000001;

        public static bool IsLoopback(int ip)
        {
            return ((ip >> 24) & 0xFF) == 127;
        }

        /// <summary>
        /// Sealed: a peer off loopback is unreachable (-ENETUNREACH). A datagram socket not bound yet is bound to
        /// loopback first, so that the port the system would give it does not listen on every interface.
        /// </summary>
        private int CheckPeer(int ip)
        {
            if (!_sealed)
            {
                return 0;
            }
            if (!IsLoopback(ip))
            {
                return -OsErrno.ENETUNREACH;
            }
            if (_dgram && _s.LocalEndPoint == null)
            {
                _s.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            }
            return 0;
        }

        public static IPAddress Address(int ip)
        {
            return new IPAddress(new byte[] { (byte)(ip >> 24), (byte)(ip >> 16), (byte)(ip >> 8), (byte)ip });
        }

        public static int Pack(IPAddress a)
        {
            if (a.IsIPv4MappedToIPv6)
            {
                a = a.MapToIPv4();
            }
            byte[] b = a.GetAddressBytes();
            if (b.Length != 4)
            {
                return 0;
            }
            return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
        }

        private static int Fail(SocketError e)
        {
            return -OsErrno.FromWinsock((int)e);
        }

        private static int Fail(Exception e)
        {
            SocketException se = e as SocketException;
            if (se != null)
            {
                return Fail(se.SocketErrorCode);
            }
            if (e is ObjectDisposedException)
            {
                return -OsErrno.EBADF;
            }
            if (e is InvalidOperationException || e is ArgumentException)
            {
                return -OsErrno.EINVAL;
            }
            return -OsErrno.EIO;
        }

        private static bool IsWouldBlock(SocketError e)
        {
            return e == SocketError.WouldBlock || e == SocketError.InProgress || e == SocketError.AlreadyInProgress;
        }

        public int Bind(int ip, int port)
        {
            try
            {
                if (_sealed && ip == 0)
                {
                    // All interfaces of a sealed board: loopback.
                    ip = LoopbackIp;
                }
                else if (_sealed && !IsLoopback(ip))
                {
                    return -OsErrno.EADDRNOTAVAIL;
                }
                _s.Bind(new IPEndPoint(Address(ip), port));
                return 0;
            }
            catch (Exception e)
            {
                return Fail(e);
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
                return Fail(e);
            }
        }

        public ISocket Accept(out int ip, out int port, out int errno)
        {
            ip = 0;
            port = 0;
            try
            {
                if (_listening && !_s.Poll(0, SelectMode.SelectRead))
                {
                    errno = -OsErrno.EAGAIN;
                    return null;
                }
                Socket c = _s.Accept();
                IPEndPoint ep = (IPEndPoint)c.RemoteEndPoint;
                ip = Pack(ep.Address);
                port = ep.Port;
                errno = 0;
                return new DesktopSocket(c, false, _sealed);
            }
            catch (SocketException e) when (IsWouldBlock(e.SocketErrorCode))
            {
                errno = -OsErrno.EAGAIN;
                return null;
            }
            catch (Exception e)
            {
                errno = Fail(e);
                return null;
            }
        }

        public int Connect(int ip, int port)
        {
            try
            {
                int refused = CheckPeer(ip);
                if (refused != 0)
                {
                    return refused;
                }
                _s.Connect(new IPEndPoint(Address(ip), port));
                _connecting = false;
                return 0;
            }
            catch (SocketException e) when (IsWouldBlock(e.SocketErrorCode))
            {
                _connecting = true;
                return -OsErrno.EINPROGRESS;
            }
            catch (Exception e)
            {
                return Fail(e);
            }
        }

        public int ConnectResult()
        {
            if (!_connecting)
            {
                return 0;
            }
            try
            {
                if (!_s.Poll(0, SelectMode.SelectWrite) && !_s.Poll(0, SelectMode.SelectError))
                {
                    return -OsErrno.EINPROGRESS;
                }
                _connecting = false;
                int err = (int)_s.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error);
                return err == 0 ? 0 : -OsErrno.FromWinsock(err);
            }
            catch (Exception e)
            {
                _connecting = false;
                return Fail(e);
            }
        }

        public int Send(byte[] buf, int offset, int count)
        {
            try
            {
                SocketError err;
                int n = _s.Send(buf, offset, count, SocketFlags.None, out err);
                if (err == SocketError.Success)
                {
                    return n;
                }
                return IsWouldBlock(err) ? -OsErrno.EAGAIN : Fail(err);
            }
            catch (Exception e)
            {
                return Fail(e);
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
            try
            {
                SocketError err;
                int n = _s.Receive(buf, offset, count, SocketFlags.None, out err);
                if (err == SocketError.Success)
                {
                    return n;
                }
                return IsWouldBlock(err) ? -OsErrno.EAGAIN : Fail(err);
            }
            catch (Exception e)
            {
                return Fail(e);
            }
        }

        public int SendTo(byte[] buf, int offset, int count, int ip, int port)
        {
            try
            {
                int refused = CheckPeer(ip);
                if (refused != 0)
                {
                    return refused;
                }
                return _s.SendTo(buf, offset, count, SocketFlags.None, new IPEndPoint(Address(ip), port));
            }
            catch (SocketException e) when (IsWouldBlock(e.SocketErrorCode))
            {
                return -OsErrno.EAGAIN;
            }
            catch (Exception e)
            {
                return Fail(e);
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
            try
            {
                if (!_s.IsBound)
                {
                    // An unbound datagram socket can receive nothing yet: like the OS, it just waits.
                    return -OsErrno.EAGAIN;
                }
                if (_s.Available == 0 && !_s.Poll(0, SelectMode.SelectRead))
                {
                    return -OsErrno.EAGAIN;
                }
                if (_dgramBuf == null)
                {
                    _dgramBuf = new byte[65536];
                }
                EndPoint ep = new IPEndPoint(IPAddress.Any, 0);
                int n = _s.ReceiveFrom(_dgramBuf, 0, _dgramBuf.Length, SocketFlags.None, ref ep);
                IPEndPoint ipep = (IPEndPoint)ep;
                ip = Pack(ipep.Address);
                port = ipep.Port;
                int k = n < count ? n : count;
                Array.Copy(_dgramBuf, 0, buf, offset, k);
                return k;
            }
            catch (SocketException e) when (IsWouldBlock(e.SocketErrorCode))
            {
                return -OsErrno.EAGAIN;
            }
            catch (Exception e)
            {
                return Fail(e);
            }
        }

        public int SetOption(int level, int name, int value)
        {
            try
            {
                if (level == 1 && name == 2)
                {
                    _s.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, value);
                }
                else if (level == 1 && name == 9)
                {
                    _s.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, value);
                }
                else if (level == 1 && name == 6)
                {
                    _s.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Broadcast, value);
                }
                else if (level == 6 && name == 1 && !_dgram)
                {
                    _s.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, value);
                }
                else
                {
                    return -OsErrno.ENOPROTOOPT;
                }
                return 0;
            }
            catch (Exception e)
            {
                return Fail(e);
            }
        }

        public int GetAddress(bool remote, out int ip, out int port)
        {
            ip = 0;
            port = 0;
            try
            {
                IPEndPoint ep = (IPEndPoint)(remote ? _s.RemoteEndPoint : _s.LocalEndPoint);
                if (ep == null)
                {
                    return remote ? -OsErrno.ENOTCONN : 0;
                }
                ip = Pack(ep.Address);
                port = ep.Port;
                return 0;
            }
            catch (Exception e)
            {
                return Fail(e);
            }
        }

        public int Poll(int events, int timeoutUs)
        {
            if (_closed)
            {
                return PollHup;
            }
            try
            {
                bool wantIn = (events & PollIn) != 0;
                bool wantOut = (events & PollOut) != 0;
                if (wantIn && !wantOut)
                {
                    return _s.Poll(timeoutUs, SelectMode.SelectRead) ? PollIn : 0;
                }
                if (wantOut && !wantIn)
                {
                    return _s.Poll(timeoutUs, SelectMode.SelectWrite) ? PollOut : 0;
                }
                if (!wantIn && !wantOut)
                {
                    return 0;
                }
                int r = 0;
                if (timeoutUs == 0)
                {
                    r |= _s.Poll(0, SelectMode.SelectRead) ? PollIn : 0;
                    r |= _s.Poll(0, SelectMode.SelectWrite) ? PollOut : 0;
                    return r;
                }
                List<Socket> rl = new List<Socket> { _s };
                List<Socket> wl = new List<Socket> { _s };
                Socket.Select(rl, wl, null, timeoutUs);
                r |= rl.Count > 0 ? PollIn : 0;
                r |= wl.Count > 0 ? PollOut : 0;
                return r;
            }
            catch (Exception)
            {
                return PollErr | PollHup;
            }
        }

        public void Close()
        {
            if (!_closed)
            {
                _closed = true;
                _s.Dispose();
            }
        }
    }
}
