using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Hal.NanoFramework;
using MicroPy.Modules;
using Xunit;

namespace MicroPy.Tests.Device
{
    /// <summary>
    /// The device socket adapter (hal/NanoFramework/NanoSocket*.cs) compiled against .NET's System.Net.Sockets, whose
    /// Socket has the members nanoFramework's has and is blocking by default as nanoFramework's always is (its
    /// Connect, Accept, Send and Receive wait). So these tests check the adapter's own promise on loopback: no call
    /// ever blocks, the TCP connect runs on its worker, errors arrive as errno, and the networking scripts under
    /// tests/py/net print the same through it as through the desktop adapter. What only the device can show (lwIP's
    /// exact error codes and readiness rules) is not covered.
    /// </summary>
    [Collection("Platform")]
    public class NanoSocketTests : IDisposable
    {
        private const int Loopback = 0x7f000001;

        public NanoSocketTests()
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            Scheduler.Clear();
        }

        public void Dispose()
        {
            Scheduler.Clear();
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            WlanObject.Reset();
        }

        private static ISocket Open(int type)
        {
            int errno;
            ISocket s = new NanoSocketStack().Open(type, out errno);
            Assert.NotNull(s);
            Assert.Equal(0, errno);
            return s;
        }

        private static int Connected(ISocket c)
        {
            int r = -OsErrno.EINPROGRESS;
            Stopwatch sw = Stopwatch.StartNew();
            while (r == -OsErrno.EINPROGRESS && sw.ElapsedMilliseconds < 5000)
            {
                c.Poll(4, 10000);
                r = c.ConnectResult();
            }
            return r;
        }

        private static void Pair(out ISocket listener, out ISocket client, out ISocket server)
        {
            listener = Open(1);
            Assert.Equal(0, listener.SetOption(1, 2, 1));
            Assert.Equal(0, listener.Bind(Loopback, 0));
            Assert.Equal(0, listener.Listen(4));
            int ip;
            int port;
            Assert.Equal(0, listener.GetAddress(false, out ip, out port));
            Assert.Equal(Loopback, ip);
            Assert.True(port > 0);
            client = Open(1);
            Assert.Equal(-OsErrno.EINPROGRESS, client.Connect(Loopback, port));
            Assert.Equal(0, Connected(client));
            Assert.Equal(-OsErrno.EISCONN, client.Connect(Loopback, port));
            Assert.NotEqual(0, listener.Poll(1, 2000000));
            int errno;
            server = listener.Accept(out ip, out port, out errno);
            Assert.NotNull(server);
            Assert.Equal(0, errno);
            Assert.Equal(Loopback, ip);
            int cip;
            int cport;
            Assert.Equal(0, client.GetAddress(false, out cip, out cport));
            Assert.Equal(cport, port);
        }

        [Fact]
        public void NothingBlocks()
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
            Assert.Equal("hello", Encoding.ASCII.GetString(buf, 0, 5));
            Assert.Equal(0, c.SetOption(6, 1, 1));
            Assert.Equal(-OsErrno.ENOPROTOOPT, s.SetOption(1, 12345, 1));
            c.Close();
            Assert.NotEqual(0, s.Poll(1, 1000000));
            Assert.Equal(0, s.Receive(buf, 0, 16));
            s.Close();
            l.Close();
            Assert.Equal(16, c.Poll(1, 0));
        }

        [Fact]
        public void AFullSendBufferGivesEagainNotAWait()
        {
            ISocket l;
            ISocket c;
            ISocket s;
            Pair(out l, out c, out s);
            byte[] big = new byte[64 * 1024];
            long sent = 0;
            int r = 0;
            Stopwatch sw = Stopwatch.StartNew();
            for (int i = 0; i < 100000 && sw.ElapsedMilliseconds < 10000; i++)
            {
                Stopwatch one = Stopwatch.StartNew();
                r = c.Send(big, 0, big.Length);
                Assert.True(one.ElapsedMilliseconds < 1000, "one Send waited " + one.ElapsedMilliseconds + " ms");
                if (r < 0)
                {
                    break;
                }
                Assert.True(r > 0 && r <= 1024, "a stream send is cut to one chunk: " + r);
                sent += r;
            }
            Assert.Equal(-OsErrno.EAGAIN, r);
            Assert.Equal(0, c.Poll(4, 0));
            // Draining the peer makes room again, and every byte arrives.
            long got = 0;
            byte[] buf = new byte[8192];
            while (got < sent)
            {
                Assert.NotEqual(0, s.Poll(1, 2000000));
                int n = s.Receive(buf, 0, buf.Length);
                Assert.True(n > 0);
                got += n;
            }
            Assert.Equal(sent, got);
            Assert.Equal(4, c.Poll(4, 2000000));
            c.Close();
            s.Close();
            l.Close();
        }

        [Fact]
        public void ErrorsArriveAsErrno()
        {
            ISocket a = Open(1);
            Assert.Equal(0, a.Bind(Loopback, 0));
            Assert.Equal(0, a.Listen(1));
            int ip;
            int port;
            a.GetAddress(false, out ip, out port);
            ISocket b = Open(1);
            Assert.Equal(-OsErrno.EADDRINUSE, b.Bind(Loopback, port));
            Assert.Equal(-OsErrno.ENOTCONN, b.GetAddress(true, out ip, out port));
            byte[] buf = new byte[4];
            Assert.Equal(-OsErrno.ENOTCONN, b.Receive(buf, 0, 4));
            Assert.Equal(-OsErrno.ENOTCONN, b.Send(buf, 0, 4));
            int errno;
            Assert.Null(b.Accept(out ip, out port, out errno));
            Assert.Equal(-OsErrno.EINVAL, errno);
            a.Close();
            // Nobody listens there now: the worker's connect fails with ECONNREFUSED.
            ISocket c = Open(1);
            Assert.Equal(-OsErrno.EINPROGRESS, c.Connect(Loopback, port));
            int again = c.Connect(Loopback, port);
            Assert.True(again == -OsErrno.EALREADY || again == -OsErrno.ECONNREFUSED, "again: " + again);
            if (again == -OsErrno.ECONNREFUSED)
            {
                Assert.Equal(-OsErrno.EINPROGRESS, c.Connect(Loopback, port));
            }
            Stopwatch sw = Stopwatch.StartNew();
            int ev = 0;
            while (ev == 0 && sw.ElapsedMilliseconds < 5000)
            {
                ev = c.Poll(4, 10000);
            }
            Assert.Equal(4 | 8, ev);
            // Connecting again reports the outcome (as ConnectResult would), once.
            Assert.Equal(-OsErrno.ECONNREFUSED, c.Connect(Loopback, port));
            Assert.Equal(0, c.ConnectResult());
            b.Close();
            c.Close();
            Assert.Equal(16, c.Poll(1, 0));
        }

        [Fact]
        public void CloseDuringConnectEndsTheWorker()
        {
            // Wherever 10.255.255.1:9 leads here (nowhere, a refusal, a proxy), closing must not wait for it.
            ISocket c = Open(1);
            int r = c.Connect(0x0affff01, 9);
            Assert.True(r == -OsErrno.EINPROGRESS, "connect: " + r);
            Stopwatch sw = Stopwatch.StartNew();
            c.Close();
            Assert.True(sw.ElapsedMilliseconds < 1000);
            Assert.Equal(16, c.Poll(4, 0));
        }

        [Fact]
        public void DatagramsGoBothWays()
        {
            ISocket a = Open(2);
            ISocket b = Open(2);
            byte[] buf = new byte[4];
            int fip;
            int fport;
            Assert.Equal(-OsErrno.EAGAIN, a.ReceiveFrom(buf, 0, 4, out fip, out fport));
            Assert.Equal(0, a.Bind(Loopback, 0));
            int ip;
            int port;
            a.GetAddress(false, out ip, out port);
            Assert.Equal(-OsErrno.EAGAIN, a.ReceiveFrom(buf, 0, 4, out fip, out fport));
            Assert.Equal(4, b.SendTo(Encoding.ASCII.GetBytes("ping"), 0, 4, Loopback, port));
            Assert.Equal(1, a.Poll(1, 1000000));
            Assert.Equal(4, a.ReceiveFrom(buf, 0, 4, out fip, out fport));
            Assert.Equal("ping", Encoding.ASCII.GetString(buf));
            Assert.Equal(Loopback, fip);
            int bip;
            int bport;
            Assert.Equal(0, b.GetAddress(false, out bip, out bport));
            Assert.Equal(bport, fport);
            // A connected datagram socket sends to its peer with Send and is not cut into chunks.
            Assert.Equal(0, b.Connect(Loopback, port));
            byte[] dgram = new byte[2000];
            Assert.Equal(2000, b.Send(dgram, 0, 2000));
            byte[] big = new byte[4096];
            Assert.Equal(1, a.Poll(1, 1000000));
            Assert.Equal(2000, a.Receive(big, 0, big.Length));
            a.Close();
            b.Close();
        }

        [Fact]
        public void DottedQuadsResolveWithoutDns()
        {
            ISocketStack st = new NanoSocketStack();
            int[] ips = new int[4];
            Assert.Equal(1, st.Resolve("127.0.0.1", ips));
            Assert.Equal(Loopback, ips[0]);
            int n = st.Resolve("localhost", ips);
            Assert.True(n >= 1, "localhost: " + n);
            Assert.Contains(Loopback, ips);
            Assert.Equal(-OsErrno.ENOENT, st.Resolve("no-such-host.invalid", ips));
        }

        // ---- the same scripts through both adapters ----

        /// <summary>Runs a script on a thread with a time limit (a blocked adapter would hang, not fail).</summary>
        private static string RunScript(string path, ISocketStack stack)
        {
            MemoryStream output = new MemoryStream();
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), output), Path.GetTempPath());
            Platform.Sockets = stack;
            WlanObject.Reset();
            string src = File.ReadAllText(path);
            string error = null;
            Thread t = new Thread(delegate ()
            {
                Interp interp = new Interp(ModuleRegistry.Instance);
                PyDict g = interp.NewGlobals("__main__");
                try
                {
                    interp.ExecSource(src, Path.GetFileName(path), g);
                }
                catch (PyException e)
                {
                    error = Ops.TypeName(e.Value) + ": " + Ops.Str(e.Value);
                }
            }, 16 * 1024 * 1024);
            t.IsBackground = true;
            t.Start();
            Assert.True(t.Join(60000), Path.GetFileName(path) + " did not finish within 60 s");
            return Encoding.UTF8.GetString(output.ToArray()) + (error != null ? error + "\n" : "");
        }

        [Theory]
        [InlineData("tcp_echo_poll.py")]
        [InlineData("http_get.py")]
        [InlineData("udp_sendto.py")]
        [InlineData("peer_close.py")]
        [InlineData("makefile_readline.py")]
        [InlineData("many_sockets.py")]
        [InlineData("timeouts.py")]
        [InlineData("bad_input.py")]
        [InlineData("mp_socket.py")]
        public void NetScriptsPrintTheSameThroughTheDeviceAdapter(string script)
        {
            string path = Path.Combine(RepoRoot.Dir, "tests", "py", "net", script);
            string desktop = RunScript(path, new DesktopSocketStack());
            string device = RunScript(path, new NanoSocketStack());
            Assert.False(string.IsNullOrEmpty(desktop));
            Assert.Equal(desktop, device);
        }
    }
}
