using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Modules;
using Xunit;

namespace MicroPy.Tests.Net
{
    /// <summary>usocket/network through the HAL: the desktop adapter's non-blocking contract, the portable
    /// layer's waiting (real-time timeouts, scheduled callbacks served while blocked), fakes standing in for a
    /// device stack, and bad input that must end in a Python exception, never a host exception.</summary>
    [Collection("Platform")]
    public class NetTests : IDisposable
    {
        private readonly MemoryStream _out = new MemoryStream();

        public NetTests()
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), _out), Path.GetTempPath());
            Scheduler.Clear();
        }

        public void Dispose()
        {
            Scheduler.Clear();
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            WlanObject.Reset();
        }

        private string Run(string src)
        {
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            PyDict g = interp.NewGlobals("__main__");
            try
            {
                interp.ExecSource(src, "<test>", g);
            }
            catch (PyException e)
            {
                return Encoding.UTF8.GetString(_out.ToArray()) + Ops.TypeName(e.Value) + ": " + Ops.Str(e.Value) + "\n";
            }
            return Encoding.UTF8.GetString(_out.ToArray());
        }

        // ---- the desktop adapter ----

        private static void Pair(out ISocket listener, out ISocket client, out ISocket server)
        {
            ISocketStack st = new DesktopSocketStack();
            int errno;
            listener = st.Open(1, out errno);
            Assert.Equal(0, listener.Bind(0x7f000001, 0));
            Assert.Equal(0, listener.Listen(4));
            int ip;
            int port;
            Assert.Equal(0, listener.GetAddress(false, out ip, out port));
            Assert.Equal(0x7f000001, ip);
            client = st.Open(1, out errno);
            int r = client.Connect(0x7f000001, port);
            Assert.True(r == 0 || r == -OsErrno.EINPROGRESS);
            Assert.NotEqual(0, client.Poll(4, 2000000));
            Assert.Equal(0, client.ConnectResult());
            Assert.NotEqual(0, listener.Poll(1, 2000000));
            server = listener.Accept(out ip, out port, out errno);
            Assert.NotNull(server);
        }

        [Fact]
        public void SealedBoardListensAndConnectsOnLoopbackOnly()
        {
            ISocketStack st = new DesktopSocketStack();
            int errno;
            int ip;
            int port;
            ISocket server = st.Open(1, out errno);
            Assert.Equal(0, server.Bind(0, 0));
            Assert.Equal(0, server.GetAddress(false, out ip, out port));
            Assert.Equal(0x7f000001, ip);
            // A host address off loopback (the "board" has none) and the world are out of reach.
            Assert.Equal(-OsErrno.EADDRNOTAVAIL, st.Open(1, out errno).Bind(0x0A000001, 0));
            Assert.Equal(-OsErrno.ENETUNREACH, st.Open(1, out errno).Connect(0x01010101, 80));
            ISocket udp = st.Open(2, out errno);
            Assert.Equal(-OsErrno.ENETUNREACH, udp.SendTo(new byte[1], 0, 1, unchecked((int)0xFFFFFFFF), 9));
            Assert.Equal(1, udp.SendTo(new byte[1], 0, 1, 0x7f000001, port));
            // A datagram socket that sends before binding is bound to loopback, not to every interface.
            Assert.Equal(0, udp.GetAddress(false, out ip, out port));
            Assert.Equal(0x7f000001, ip);
            int[] ips = new int[4];
            Assert.True(st.Resolve("example.com", ips) < 0);
            Assert.Equal(1, st.Resolve("localhost", ips));
            Assert.Equal(0x7f000001, ips[0]);
            server.Close();
            udp.Close();
            Assert.Equal("True ('127.0.0.1', '255.0.0.0', '127.0.0.1', '127.0.0.1')\nOSError 101\nOSError\n",
                Run("import network, usocket\nsta = network.WLAN(network.STA_IF)\nprint(sta.isconnected(), sta.ifconfig())\n"
                    + "s = usocket.socket()\ntry:\n    s.connect(('93.184.216.34', 80))\nexcept OSError as e:\n    print('OSError', e.args[0])\n"
                    + "try:\n    usocket.getaddrinfo('example.com', 80)\nexcept OSError:\n    print('OSError')\n"));
        }

        [Fact]
        public void OpenNetworkIsTheHosts()
        {
            ISocketStack st = new DesktopSocketStack(true);
            int errno;
            int ip;
            int port;
            ISocket server = st.Open(1, out errno);
            Assert.Equal(0, server.Bind(0, 0));
            Assert.Equal(0, server.GetAddress(false, out ip, out port));
            Assert.Equal(0, ip);
            server.Close();
        }

        [Fact]
        public void DesktopSocketNeverBlocks()
        {
            ISocket l;
            ISocket c;
            ISocket s;
            Pair(out l, out c, out s);
            byte[] buf = new byte[16];
            Stopwatch sw = Stopwatch.StartNew();
            Assert.Equal(-OsErrno.EAGAIN, s.Receive(buf, 0, 16));
            int ip;
            int port;
            int errno;
            Assert.Null(l.Accept(out ip, out port, out errno));
            Assert.Equal(-OsErrno.EAGAIN, errno);
            Assert.Equal(0, s.Poll(1, 0));
            Assert.True(sw.ElapsedMilliseconds < 1000);
            Assert.Equal(5, c.Send(Encoding.ASCII.GetBytes("hello"), 0, 5));
            Assert.Equal(1, s.Poll(1, 1000000));
            Assert.Equal(5, s.Receive(buf, 0, 16));
            c.Close();
            Assert.NotEqual(0, s.Poll(1, 1000000));
            Assert.Equal(0, s.Receive(buf, 0, 16));
            Assert.Equal(-OsErrno.ENOPROTOOPT, s.SetOption(1, 12345, 1));
            s.Close();
            l.Close();
            Assert.Equal(16, c.Poll(1, 0));
        }

        [Fact]
        public void DesktopSocketReportsErrno()
        {
            ISocketStack st = new DesktopSocketStack();
            int errno;
            ISocket a = st.Open(1, out errno);
            Assert.Equal(0, a.Bind(0x7f000001, 0));
            Assert.Equal(0, a.Listen(1));
            int ip;
            int port;
            a.GetAddress(false, out ip, out port);
            ISocket b = st.Open(1, out errno);
            Assert.Equal(-OsErrno.EADDRINUSE, b.Bind(0x7f000001, port));
            a.Close();
            // nobody listens there now: the handshake fails with ECONNREFUSED
            ISocket c = st.Open(1, out errno);
            int r = c.Connect(0x7f000001, port);
            if (r == -OsErrno.EINPROGRESS)
            {
                c.Poll(4, 2000000);
                r = c.ConnectResult();
            }
            Assert.Equal(-OsErrno.ECONNREFUSED, r);
            Assert.Equal(-OsErrno.ENOTCONN, b.GetAddress(true, out ip, out port));
            b.Close();
            c.Close();
        }

        [Fact]
        public void DesktopDatagramsTruncateLikeTheOs()
        {
            ISocketStack st = new DesktopSocketStack();
            int errno;
            ISocket a = st.Open(2, out errno);
            ISocket b = st.Open(2, out errno);
            a.Bind(0x7f000001, 0);
            int ip;
            int port;
            a.GetAddress(false, out ip, out port);
            byte[] buf = new byte[4];
            int nip;
            int nport;
            Assert.Equal(-OsErrno.EAGAIN, a.ReceiveFrom(buf, 0, 4, out nip, out nport));
            Assert.Equal(10, b.SendTo(Encoding.ASCII.GetBytes("0123456789"), 0, 10, 0x7f000001, port));
            Assert.Equal(1, a.Poll(1, 1000000));
            int fip;
            int fport;
            Assert.Equal(4, a.ReceiveFrom(buf, 0, 4, out fip, out fport));
            Assert.Equal("0123", Encoding.ASCII.GetString(buf));
            Assert.Equal(0x7f000001, fip);
            Assert.Equal(-OsErrno.EAGAIN, a.ReceiveFrom(buf, 0, 4, out fip, out fport));
            a.Close();
            b.Close();
        }

        [Fact]
        public void WinsockCodesMapToLinuxErrno()
        {
            Assert.Equal(OsErrno.EAGAIN, OsErrno.FromWinsock((int)SocketError.WouldBlock));
            Assert.Equal(OsErrno.ECONNREFUSED, OsErrno.FromWinsock((int)SocketError.ConnectionRefused));
            Assert.Equal(OsErrno.ECONNRESET, OsErrno.FromWinsock((int)SocketError.ConnectionReset));
            Assert.Equal(OsErrno.EADDRINUSE, OsErrno.FromWinsock((int)SocketError.AddressAlreadyInUse));
            Assert.Equal(OsErrno.ETIMEDOUT, OsErrno.FromWinsock((int)SocketError.TimedOut));
            Assert.Equal(OsErrno.ENOTCONN, OsErrno.FromWinsock((int)SocketError.NotConnected));
            Assert.Equal(OsErrno.EINPROGRESS, OsErrno.FromWinsock((int)SocketError.InProgress));
            Assert.Equal(OsErrno.EIO, OsErrno.FromWinsock(424242));
        }

        // ---- the portable layer over fakes ----

        /// <summary>A socket that never becomes ready (and counts how it was asked).</summary>
        private sealed class StuckSocket : ISocket
        {
            public int Polls;
            public bool Closed;
            public int Bind(int ip, int port) { return 0; }
            public int Listen(int backlog) { return 0; }
            public ISocket Accept(out int ip, out int port, out int errno) { ip = 0; port = 0; errno = -OsErrno.EAGAIN; return null; }
            public int Connect(int ip, int port) { return -OsErrno.EINPROGRESS; }
            public int ConnectResult() { return -OsErrno.EINPROGRESS; }
            public int Send(byte[] buf, int offset, int count) { return -OsErrno.EAGAIN; }
            public int Receive(byte[] buf, int offset, int count) { return -OsErrno.EAGAIN; }
            public int SendTo(byte[] buf, int offset, int count, int ip, int port) { return -OsErrno.EAGAIN; }
            public int ReceiveFrom(byte[] buf, int offset, int count, out int ip, out int port) { ip = 0; port = 0; return -OsErrno.EAGAIN; }
            public int SetOption(int level, int name, int value) { return -OsErrno.ENOPROTOOPT; }
            public int GetAddress(bool remote, out int ip, out int port) { ip = 0; port = 0; return remote ? -OsErrno.ENOTCONN : 0; }

            public int Poll(int events, int timeoutUs)
            {
                Polls++;
                if (timeoutUs > 0)
                {
                    Thread.Sleep(timeoutUs / 1000);
                }
                return 0;
            }

            public void Close() { Closed = true; }
        }

        private sealed class FakeStack : ISocketStack
        {
            public StuckSocket Last;

            public ISocket Open(int type, out int errno)
            {
                errno = 0;
                Last = new StuckSocket();
                return Last;
            }

            public int Resolve(string host, int[] ips)
            {
                if (host == "board.local")
                {
                    ips[0] = (192 << 24) | (168 << 16) | (1 << 8) | 77;
                    return 1;
                }
                if (host == "multi.local")
                {
                    // Three answers, one repeated (a resolver may list an address once per record).
                    ips[0] = (10 << 24) | 1;
                    ips[1] = (10 << 24) | 2;
                    ips[2] = (10 << 24) | 1;
                    return 3;
                }
                return -OsErrno.ENOENT;
            }
        }

        /// <summary>A clock that never moves (like the simulated board's virtual time while nothing sleeps).</summary>
        private sealed class FrozenClock : IClock
        {
            public long TicksMs() { return 0; }
            public long TicksUs() { return 0; }
            public void SleepMs(int ms) { }
            public void SleepUs(int us) { }
            public long EpochSeconds() { return 0; }
        }

        [Fact]
        public void TimeoutsRunInRealTimeWhateverTheBoardClock()
        {
            FakeStack fake = new FakeStack();
            Platform.Sockets = fake;
            Platform.Clock = new FrozenClock();
            Stopwatch sw = Stopwatch.StartNew();
            string o = Run(
                "import usocket, uerrno\n" +
                "s = usocket.socket()\n" +
                "s.settimeout(0.3)\n" +
                "for op in (lambda: s.recv(1), lambda: s.accept(), lambda: s.send(b'x'), lambda: s.connect(('1.2.3.4', 5))):\n" +
                "    try:\n" +
                "        op()\n" +
                "    except OSError as e:\n" +
                "        print(e.args[0] == uerrno.ETIMEDOUT)\n" +
                "s.settimeout(0)\n" +
                "try:\n" +
                "    s.recv(1)\n" +
                "except OSError as e:\n" +
                "    print(e.args[0] == uerrno.EAGAIN)\n" +
                "try:\n" +
                "    s.connect(('1.2.3.4', 5))\n" +
                "except OSError as e:\n" +
                "    print(e.args[0] == uerrno.EINPROGRESS)\n" +
                "print(usocket.getaddrinfo('board.local', 80)[0][-1])\n" +
                "print([ai[-1] for ai in usocket.getaddrinfo('multi.local', 443)])\n" +
                "try:\n" +
                "    usocket.getaddrinfo('nowhere.invalid', 80)\n" +
                "except OSError as e:\n" +
                "    print('not resolved', e.args[0])\n" +
                "s.close()\n");
            sw.Stop();
            Assert.Equal("True\nTrue\nTrue\nTrue\nTrue\nTrue\n('192.168.1.77', 80)\n[('10.0.0.1', 443), ('10.0.0.2', 443)]\nnot resolved -2\n", o);
            Assert.True(sw.ElapsedMilliseconds >= 4 * 250, "4 timeouts of 0.3 s took " + sw.ElapsedMilliseconds + " ms");
            Assert.True(sw.ElapsedMilliseconds < 4 * 300 + 3000, "took " + sw.ElapsedMilliseconds + " ms");
            Assert.True(fake.Last.Closed);
            Assert.True(fake.Last.Polls > 4 * 10, "waited in slices: " + fake.Last.Polls);
        }

        [Fact]
        public void PollTimeoutWithASocketRunsInRealTime()
        {
            // Under the simulated board the clock is virtual (frozen here); a poll that includes a socket must still
            // wait its timeout in real time, since the peer is real.
            FakeStack fake = new FakeStack();
            Platform.Sockets = fake;
            Platform.Clock = new FrozenClock();
            Stopwatch sw = Stopwatch.StartNew();
            string o = Run(
                "import usocket, uselect\n" +
                "s = usocket.socket()\n" +
                "p = uselect.poll()\n" +
                "p.register(s, uselect.POLLIN)\n" +
                "print(p.poll(300))\n" +
                "print(uselect.select([s], [], [], 0.2))\n" +
                "s.close()\n");
            sw.Stop();
            Assert.Equal("[]\n([], [], [])\n", o);
            Assert.True(sw.ElapsedMilliseconds >= 450, "poll(300) + select(0.2) took " + sw.ElapsedMilliseconds + " ms");
            Assert.True(sw.ElapsedMilliseconds < 500 + 3000, "took " + sw.ElapsedMilliseconds + " ms");
        }

        [Fact]
        public void ScheduledCallbacksRunWhileBlockedInRecv()
        {
            // A callback queued from another thread (as an IRQ would) runs during the blocking recv and
            // makes the data arrive that recv is waiting for.
            string src =
                "import usocket\n" +
                "srv = usocket.socket()\n" +
                "srv.bind(('127.0.0.1', 0))\n" +
                "srv.listen(1)\n" +
                "c = usocket.socket()\n" +
                "c.connect(('127.0.0.1', srv.getsockname()[1]))\n" +
                "s, _ = srv.accept()\n" +
                "def cb(arg):\n" +
                "    s.send(b'from callback %d' % arg)\n" +
                "c.settimeout(5)\n" +
                "print(c.recv(100))\n" +
                "for x in (s, c, srv):\n" +
                "    x.close()\n";
            Interp interp = new Interp(MicroPy.Modules.ModuleRegistry.Instance);
            PyDict g = interp.NewGlobals("__main__");
            // Compile first, then queue the callback once the script defined cb (it polls for it).
            Thread feeder = new Thread(() =>
            {
                for (int i = 0; i < 500; i++)
                {
                    object f = g.GetStr("cb");
                    if (f != null)
                    {
                        Thread.Sleep(100);
                        Scheduler.Schedule(f, PyInt.Create(7));
                        return;
                    }
                    Thread.Sleep(5);
                }
            });
            feeder.Start();
            Stopwatch sw = Stopwatch.StartNew();
            interp.ExecSource(src, "<test>", g);
            feeder.Join();
            Assert.Equal("b'from callback 7'\n", Encoding.UTF8.GetString(_out.ToArray()));
            Assert.True(sw.ElapsedMilliseconds < 4000);
        }

        [Fact]
        public void NoNetworkStackIsAnOSError()
        {
            Platform.Sockets = null;
            Platform.Network = null;
            string o = Run(
                "import usocket, network\n" +
                "try:\n" +
                "    usocket.socket()\n" +
                "except OSError as e:\n" +
                "    print('OSError', e.args[0])\n" +
                "try:\n" +
                "    network.WLAN(network.STA_IF)\n" +
                "except OSError as e:\n" +
                "    print('OSError', e.args[0])\n" +
                "print(usocket.getaddrinfo('10.0.0.2', 1883)[0][-1])\n");
            Assert.Equal("OSError 100\nOSError 19\n('10.0.0.2', 1883)\n", o);
        }

        /// <summary>A device-like Wi-Fi adapter: joining fails for a wrong password.</summary>
        private sealed class FakeWifi : INetwork, INetworkInterface
        {
            private bool _active;
            private bool _connected;
            private int _status;
            private string _ssid = "";

            public INetworkInterface Interface(int kind) { return kind == 0 ? this : null; }
            public bool Active { get { return _active; } }
            public int SetActive(bool active) { _active = active; return 0; }

            public int Connect(string ssid, string password)
            {
                _ssid = ssid;
                _connected = password == "right";
                _status = _connected ? 5 : 2;
                return 0;
            }

            public void Disconnect() { _connected = false; _status = 0; }
            public bool IsConnected { get { return _connected; } }
            public int Status { get { return _status; } }

            public void GetIfconfig(int[] cfg)
            {
                cfg[0] = _connected ? (10 << 24) | 42 : 0;
                cfg[1] = _connected ? -256 : 0;
                cfg[2] = _connected ? (10 << 24) | 1 : 0;
                cfg[3] = cfg[2];
            }

            public int SetIfconfig(int[] cfg) { return -OsErrno.EOPNOTSUPP; }
            public byte[] Mac { get { return new byte[] { 0x24, 0x0a, 0xc4, 1, 2, 3 }; } }
            public string Ssid { get { return _ssid; } }
            public int Scan() { return -OsErrno.EIO; }

            public void ScanResult(int i, out string ssid, out byte[] bssid, out int channel, out int rssi, out int authmode, out bool hidden)
            {
                throw new InvalidOperationException();
            }
        }

        [Fact]
        public void WlanOverADeviceLikeAdapter()
        {
            Platform.Network = new FakeWifi();
            WlanObject.Reset();
            string o = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "print(sta.active(), sta.isconnected())\n" +
                "try:\n" +
                "    sta.connect('home', 'right')\n" +
                "except OSError as e:\n" +
                "    print('inactive', e.args[0])\n" +
                "sta.active(True)\n" +
                "sta.connect('home', 'wrong')\n" +
                "print(sta.isconnected(), sta.status() == network.STAT_WRONG_PASSWORD)\n" +
                "sta.connect(ssid='home', password='right')\n" +
                "print(sta.isconnected(), sta.ifconfig())\n" +
                "print(sta.config('mac'), sta.config('essid'))\n" +
                "for f in (lambda: sta.scan(), lambda: sta.ifconfig(('1.2.3.4', '255.0.0.0', '1.1.1.1', '1.1.1.1'))):\n" +
                "    try:\n" +
                "        f()\n" +
                "    except OSError as e:\n" +
                "        print('OSError', e.args[0])\n" +
                "try:\n" +
                "    network.WLAN(network.AP_IF)\n" +
                "except OSError as e:\n" +
                "    print('no AP', e.args[0])\n");
            Assert.Equal(
                "False False\ninactive 1\nFalse True\nTrue ('10.0.0.42', '255.255.255.0', '10.0.0.1', '10.0.0.1')\n" +
                "b'$\\n\\xc4\\x01\\x02\\x03' home\nOSError 5\nOSError 95\nno AP 19\n", o);
        }

        [Fact]
        public void OddArgumentsNeverEscapeAsHostExceptions()
        {
            // Every method with a spread of argument kinds, on a fresh, a listening, a connected and a closed
            // socket: whatever happens must be a Python exception.
            string o = Run(
                "import usocket\n" +
                "vals = [None, -1, 0, 1, 70000, 2**40, 2**80, 1.5, -0.5, float('inf'), float('nan'), '', 'x',\n" +
                "        b'', b'abc', bytearray(3), ('127.0.0.1', 0), ('127.0.0.1', 1, 2), ('x',), [], (None, None), 1]\n" +
                "srv = usocket.socket()\n" +
                "srv.bind(('127.0.0.1', 0))\n" +
                "srv.listen(2)\n" +
                "c = usocket.socket()\n" +
                "c.connect(srv.getsockname())\n" +
                "a, _ = srv.accept()\n" +
                "u = usocket.socket(usocket.AF_INET, usocket.SOCK_DGRAM)\n" +
                "dead = usocket.socket()\n" +
                "dead.close()\n" +
                "names = ['bind', 'listen', 'connect', 'send', 'sendall', 'recv', 'sendto', 'recvfrom', 'setsockopt',\n" +
                "         'read', 'readinto', 'readline', 'write', 'getpeername', 'makefile']\n" +
                "calls = 0\n" +
                "for s in (usocket.socket(), u, a, srv, dead):\n" +
                "    for name in names:\n" +
                "        for v in vals:\n" +
                "            for args in ((v,), (v, v), (1, 2, v)):\n" +
                "                if not dead is s:\n" +
                "                    s.setblocking(False)\n" +
                "                try:\n" +
                "                    getattr(s, name)(*args)\n" +
                "                except (OSError, TypeError, ValueError, OverflowError, IndexError):\n" +
                "                    pass\n" +
                "                calls += 1\n" +
                "print(calls)\n");
            Assert.Equal("4950\n", o);
        }
    }
}
