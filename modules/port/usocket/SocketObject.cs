using MicroPy.Core;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>
    /// usocket.socket over an ISocket. The HAL socket never blocks: blocking mode and timeouts are done here by
    /// waiting on the socket in short real-time slices and serving scheduled callbacks between them. makefile()
    /// returns the socket itself (closing the "file" closes the socket, as in MicroPython); the stream methods
    /// (read, readinto, readline, write) share a small read-ahead buffer with recv.
    /// </summary>
    public sealed class SocketObject : PyObject, IPollable
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a static
        /// initializer must not read another type's statics (here the nested table, which sorts later).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("socket", SocketTable.Instance, null)); }
        }

        public const int SockStream = 1;
        public const int SockDgram = 2;
        private const int PollIn = 1;
        private const int PollOut = 4;
        private const int PollHup = 16;
        private const int SliceUs = 10000;
        private const int ScratchMax = 65536;

        private static int s_nextFd = 3;
        private static byte[] s_scratch;

        private ISocket _s;
        private readonly int _type;
        private readonly int _proto;
        private readonly int _fd;
        private long _timeoutUs = -1;
        private byte[] _rbuf;
        private int _rpos;
        private int _rlen;

        public SocketObject(ISocket s, int type, int proto)
        {
            _s = s;
            _type = type;
            _proto = proto;
            _fd = s_nextFd++;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public bool IsClosed
        {
            get { return _s == null; }
        }

        private ISocket Sock()
        {
            if (_s == null)
            {
                throw Err.OS(OsErrno.EBADF);
            }
            return _s;
        }

        public override string Repr()
        {
            return "<socket fd=" + Ops.IntToString(_s == null ? -1 : _fd) + ", type=" + Ops.IntToString(_type) + ">";
        }

        public int Poll(int events)
        {
            if (_s == null)
            {
                return PollHup;
            }
            if ((events & PollIn) != 0 && _rpos < _rlen)
            {
                return PollIn | (_s.Poll(events & ~PollIn, 0));
            }
            return _s.Poll(events, 0);
        }

        public bool IsOpen
        {
            get { return _s != null; }
        }

        /// <summary>Blocks up to us microseconds, or until one of events is ready (select.poll's real-time wait).</summary>
        public void WaitSlice(int events, int us)
        {
            if (_s != null)
            {
                _s.Poll(events, us);
            }
        }

        public void Close()
        {
            if (_s != null)
            {
                _s.Close();
                _s = null;
            }
            _rbuf = null;
            _rpos = 0;
            _rlen = 0;
        }

        // ---- waiting ----

        /// <summary>After an operation reported EAGAIN: raises EAGAIN in non-blocking mode, otherwise waits for
        /// events (remaining: microseconds left of the timeout, -1 forever) and raises ETIMEDOUT when it runs out.</summary>
        private void Wait(int events, ref long remaining)
        {
            if (remaining == 0)
            {
                throw Err.OS(_timeoutUs == 0 ? OsErrno.EAGAIN : OsErrno.ETIMEDOUT);
            }
            while (true)
            {
                int slice = remaining < 0 || remaining > SliceUs ? SliceUs : (int)remaining;
                int ev = Sock().Poll(events, slice);
                if (ev != 0)
                {
                    return;
                }
                if (remaining > 0)
                {
                    remaining -= slice;
                    if (remaining <= 0)
                    {
                        throw Err.OS(OsErrno.ETIMEDOUT);
                    }
                }
                Vm.ServiceWait();
            }
        }

        private static void Check(int r)
        {
            if (r < 0)
            {
                throw Err.OS(-r);
            }
        }

        // ---- operations ----

        private void Connect(object addr)
        {
            int ip;
            int port;
            NetAddr.Parse(addr, "connect", out ip, out port);
            ISocket s = Sock();
            int r = s.Connect(ip, port);
            long remaining = _timeoutUs;
            while (r == -OsErrno.EINPROGRESS || r == -OsErrno.EALREADY)
            {
                if (_timeoutUs == 0)
                {
                    throw Err.OS(OsErrno.EINPROGRESS);
                }
                Wait(PollOut, ref remaining);
                r = s.ConnectResult();
            }
            Check(r);
        }

        private object Accept()
        {
            ISocket s = Sock();
            long remaining = _timeoutUs;
            while (true)
            {
                int ip;
                int port;
                int errno;
                ISocket c = s.Accept(out ip, out port, out errno);
                if (c != null)
                {
                    SocketObject so = new SocketObject(c, _type, _proto);
                    return new PyTuple(new object[] { so, NetAddr.Make(ip, port) });
                }
                if (errno != -OsErrno.EAGAIN)
                {
                    Check(errno < 0 ? errno : -OsErrno.EIO);
                }
                Wait(PollIn, ref remaining);
            }
        }

        /// <summary>One send: bytes queued (waiting per the timeout); -EAGAIN only in non-blocking mode when
        /// nothing could be queued and eagainOk.</summary>
        private int SendSome(byte[] buf, int off, int n, bool eagainOk, ref long remaining)
        {
            ISocket s = Sock();
            while (true)
            {
                int r = s.Send(buf, off, n);
                if (r >= 0)
                {
                    return r;
                }
                if (r != -OsErrno.EAGAIN)
                {
                    throw Err.OS(-r);
                }
                if (_timeoutUs == 0 && eagainOk)
                {
                    return r;
                }
                Wait(PollOut, ref remaining);
            }
        }

        private void SendAll(byte[] buf, int off, int n)
        {
            long remaining = _timeoutUs;
            while (n > 0)
            {
                int r = SendSome(buf, off, n, false, ref remaining);
                off += r;
                n -= r;
            }
        }

        /// <summary>One receive (read-ahead first): bytes read, 0 at EOF, or -EAGAIN (non-blocking, eagainOk).</summary>
        private int ReadSome(byte[] buf, int off, int n, bool eagainOk, ref long remaining)
        {
            if (_rpos < _rlen)
            {
                int k = _rlen - _rpos < n ? _rlen - _rpos : n;
                System.Array.Copy(_rbuf, _rpos, buf, off, k);
                _rpos += k;
                return k;
            }
            if (n == 0)
            {
                return 0;
            }
            ISocket s = Sock();
            while (true)
            {
                int r = s.Receive(buf, off, n);
                if (r >= 0)
                {
                    return r;
                }
                if (r != -OsErrno.EAGAIN)
                {
                    throw Err.OS(-r);
                }
                if (_timeoutUs == 0 && eagainOk)
                {
                    return r;
                }
                Wait(PollIn, ref remaining);
            }
        }

        private static byte[] Scratch(int n)
        {
            if (s_scratch == null || s_scratch.Length < n)
            {
                s_scratch = new byte[n < 1024 ? 1024 : n];
            }
            return s_scratch;
        }

        private static PyBytes BytesOf(byte[] buf, int n)
        {
            if (n == 0)
            {
                return PyBytes.Empty;
            }
            byte[] d = new byte[n];
            System.Array.Copy(buf, d, n);
            return new PyBytes(d);
        }

        private object Recv(object size, bool stream)
        {
            long n = Ops.ToLong(size);
            if (n < 0)
            {
                throw Err.Value("negative buffersize in recv");
            }
            int want = n > ScratchMax ? ScratchMax : (int)n;
#if NANOFRAMEWORK_1_0
            byte[] buf = Scratch(want);
#else
            // Desktop: the data lands in the result itself (not zeroed first) and a full read is returned without a
            // copy. The device reads into its one scratch buffer, so a large recv never holds two big arrays.
            byte[] buf = want < 1024 ? Scratch(want) : System.GC.AllocateUninitializedArray<byte>(want);
#endif
            long remaining = _timeoutUs;
            int r = ReadSome(buf, 0, want, stream, ref remaining);
            if (r < 0)
            {
                return PyNone.None;
            }
#if !NANOFRAMEWORK_1_0
            if (r == want && buf != s_scratch)
            {
                return new PyBytes(buf);
            }
#endif
            return BytesOf(buf, r);
        }

        /// <summary>read(n): up to n bytes, waiting until n or EOF (blocking); what is there (None if nothing)
        /// in non-blocking mode. n &lt; 0: until EOF.</summary>
        private object Read(long n)
        {
            if (n < 0)
            {
                return ReadAll();
            }
            byte[] buf = new byte[n < 4096 ? n : 4096];
            int got = 0;
            long remaining = _timeoutUs;
            while (got < n)
            {
                if (got == buf.Length)
                {
                    long size = (long)buf.Length * 2;
                    byte[] g = new byte[size < n ? size : n];
                    System.Array.Copy(buf, g, got);
                    buf = g;
                }
                int r = ReadSome(buf, got, buf.Length - got, true, ref remaining);
                if (r < 0)
                {
                    if (got == 0)
                    {
                        return PyNone.None;
                    }
                    break;
                }
                if (r == 0)
                {
                    break;
                }
                got += r;
            }
            if (got == buf.Length)
            {
                return new PyBytes(buf);
            }
            return BytesOf(buf, got);
        }

        private object ReadAll()
        {
            byte[] buf = new byte[256];
            int got = 0;
            long remaining = _timeoutUs;
            while (true)
            {
                if (got == buf.Length)
                {
                    byte[] g = new byte[buf.Length * 2];
                    System.Array.Copy(buf, g, got);
                    buf = g;
                }
                int r = ReadSome(buf, got, buf.Length - got, true, ref remaining);
                if (r < 0)
                {
                    if (got == 0)
                    {
                        return PyNone.None;
                    }
                    break;
                }
                if (r == 0)
                {
                    break;
                }
                got += r;
            }
            return BytesOf(buf, got);
        }

        private object ReadInto(object target, int argc, object nbytes)
        {
            int off;
            int n;
            byte[] buf = MicroPy.Modules.Machine.MachineArgs.WriteBuf(target, out off, out n);
            if (argc > 2)
            {
                long lim = Ops.ToLong(nbytes);
                if (lim < n)
                {
                    n = lim < 0 ? 0 : (int)lim;
                }
            }
            int got = 0;
            long remaining = _timeoutUs;
            while (got < n)
            {
                int r = ReadSome(buf, off + got, n - got, true, ref remaining);
                if (r < 0)
                {
                    if (got == 0)
                    {
                        return PyNone.None;
                    }
                    break;
                }
                if (r == 0)
                {
                    break;
                }
                got += r;
            }
            return PyInt.Create(got);
        }

        private object ReadLine(long limit)
        {
            if (_rbuf == null)
            {
                _rbuf = new byte[256];
            }
            long remaining = _timeoutUs;
            int scanned = 0;
            while (true)
            {
                int avail = _rlen - _rpos;
                int end = -1;
                for (int i = _rpos + scanned; i < _rlen; i++)
                {
                    if (_rbuf[i] == (byte)'\n')
                    {
                        end = i + 1;
                        break;
                    }
                }
                scanned = avail;
                if (limit >= 0 && (end < 0 ? avail : end - _rpos) >= limit)
                {
                    end = _rpos + (int)limit;
                }
                if (end >= 0)
                {
                    PyBytes line = BytesFrom(_rbuf, _rpos, end - _rpos);
                    _rpos = end;
                    return line;
                }
                if (_rpos > 0)
                {
                    System.Array.Copy(_rbuf, _rpos, _rbuf, 0, avail);
                    _rpos = 0;
                    _rlen = avail;
                }
                if (_rlen == _rbuf.Length)
                {
                    byte[] g = new byte[_rbuf.Length * 2];
                    System.Array.Copy(_rbuf, g, _rlen);
                    _rbuf = g;
                }
                int r;
                ISocket s = Sock();
                while (true)
                {
                    r = s.Receive(_rbuf, _rlen, _rbuf.Length - _rlen);
                    if (r != -OsErrno.EAGAIN)
                    {
                        break;
                    }
                    if (_timeoutUs == 0)
                    {
                        break;
                    }
                    Wait(PollIn, ref remaining);
                }
                if (r == -OsErrno.EAGAIN || r == 0)
                {
                    if (avail == 0 && r != 0)
                    {
                        return PyNone.None;
                    }
                    PyBytes rest = BytesFrom(_rbuf, _rpos, avail);
                    _rpos = 0;
                    _rlen = 0;
                    return rest;
                }
                Check(r);
                _rlen += r;
            }
        }

        private static PyBytes BytesFrom(byte[] buf, int off, int n)
        {
            if (n == 0)
            {
                return PyBytes.Empty;
            }
            byte[] d = new byte[n];
            System.Array.Copy(buf, off, d, 0, n);
            return new PyBytes(d);
        }

        private object Write(object data)
        {
            int off;
            int n;
            byte[] buf = SocketArgs.ReadBuf(data, out off, out n);
            if (_timeoutUs == 0)
            {
                long remaining = 0;
                int r = SendSome(buf, off, n, true, ref remaining);
                return r < 0 ? (object)PyNone.None : PyInt.Create(r);
            }
            SendAll(buf, off, n);
            return PyInt.Create(n);
        }

        private object SendTo(object data, object addr)
        {
            int off;
            int n;
            byte[] buf = SocketArgs.ReadBuf(data, out off, out n);
            int ip;
            int port;
            NetAddr.Parse(addr, "sendto", out ip, out port);
            ISocket s = Sock();
            long remaining = _timeoutUs;
            while (true)
            {
                int r = s.SendTo(buf, off, n, ip, port);
                if (r >= 0)
                {
                    return PyInt.Create(r);
                }
                if (r != -OsErrno.EAGAIN)
                {
                    throw Err.OS(-r);
                }
                Wait(PollOut, ref remaining);
            }
        }

        private object RecvFrom(object size)
        {
            long n = Ops.ToLong(size);
            if (n < 0)
            {
                throw Err.Value("negative buffersize in recvfrom");
            }
            int want = n > ScratchMax ? ScratchMax : (int)n;
            byte[] buf = Scratch(want);
            ISocket s = Sock();
            long remaining = _timeoutUs;
            while (true)
            {
                int ip;
                int port;
                int r = s.ReceiveFrom(buf, 0, want, out ip, out port);
                if (r >= 0)
                {
                    return new PyTuple(new object[] { BytesOf(buf, r), NetAddr.Make(ip, port) });
                }
                if (r != -OsErrno.EAGAIN)
                {
                    throw Err.OS(-r);
                }
                Wait(PollIn, ref remaining);
            }
        }

        private void SetTimeout(object v)
        {
            if (v == PyNone.None)
            {
                _timeoutUs = -1;
                return;
            }
            if (!(v is PyInt || v is PyBool || v is PyFloat || v is PyBigInt))
            {
                throw Err.Type("'" + Ops.TypeName(v) + "' object cannot be interpreted as an integer");
            }
            double t = Ops.ToDouble(v);
            if (!(t >= 0))
            {
                throw Err.Value("Timeout value out of range");
            }
            _timeoutUs = t > 1e12 ? long.MaxValue : (long)(t * 1000000.0);
            if (_timeoutUs == 0 && t > 0)
            {
                _timeoutUs = 1;
            }
        }

        private object GetTimeout()
        {
            if (_timeoutUs < 0)
            {
                return PyNone.None;
            }
            return new PyFloat(_timeoutUs / 1000000.0);
        }

        private sealed class SocketTable : NativeTable
        {
            public static readonly SocketTable Instance = new SocketTable();

            private SocketTable() : base(new string[]
            {
                "close", "bind", "listen", "accept", "connect", "send", "sendall", "recv", "sendto", "recvfrom",
                "setsockopt", "settimeout", "setblocking", "makefile", "read", "readall", "readinto", "readline",
                "write", "flush", "fileno", "gettimeout", "getsockname", "getpeername", "__enter__", "__exit__",
                "__del__",
            })
            {
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                return UsocketModule.NewSocket(args, argc, kwc);
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SocketObject self = Ops.NativeSelf(args[0]) as SocketObject;
                if (self == null)
                {
                    throw Err.Type("descriptor '" + Names[id] + "' requires a 'socket' object");
                }
                string name = Names[id];
                switch (id)
                {
                    case 0:
                    case 26:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        self.Close();
                        return PyNone.None;
                    case 1:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                            int ip;
                            int port;
                            NetAddr.Parse(args[1], "bind", out ip, out port);
                            Check(self.Sock().Bind(ip, port));
                            return PyNone.None;
                        }
                    case 2:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                            long backlog = argc > 1 ? Ops.ToLong(args[1]) : 2;
                            Check(self.Sock().Listen(backlog < 0 ? 0 : backlog > 128 ? 128 : (int)backlog));
                            return PyNone.None;
                        }
                    case 3:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return self.Accept();
                    case 4:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        self.Connect(args[1]);
                        return PyNone.None;
                    case 5:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                            int off;
                            int n;
                            byte[] buf = SocketArgs.ReadBuf(args[1], out off, out n);
                            long remaining = self._timeoutUs;
                            return PyInt.Create(self.SendSome(buf, off, n, false, ref remaining));
                        }
                    case 6:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                            int off;
                            int n;
                            byte[] buf = SocketArgs.ReadBuf(args[1], out off, out n);
                            self.SendAll(buf, off, n);
                            return PyNone.None;
                        }
                    case 7:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        return self.Recv(args[1], false);
                    case 8:
                        Ops.CheckArgs(name, argc - 1, kwc, 2, 2);
                        return self.SendTo(args[1], args[2]);
                    case 9:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        return self.RecvFrom(args[1]);
                    case 10:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 3, 3);
                            int level = (int)Ops.ToLong(args[1]);
                            int opt = (int)Ops.ToLong(args[2]);
                            Check(self.Sock().SetOption(level, opt, SocketArgs.OptionValue(args[3])));
                            return PyNone.None;
                        }
                    case 11:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        self.Sock();
                        self.SetTimeout(args[1]);
                        return PyNone.None;
                    case 12:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        self.Sock();
                        self._timeoutUs = Ops.IsTrue(args[1]) ? -1 : 0;
                        return PyNone.None;
                    case 13:
                        {
                            if (argc > 1)
                            {
                                SocketArgs.CheckMode(args[1]);
                            }
                            object m = Ops.KwArg(args, argc, kwc, "mode");
                            if (m != null)
                            {
                                SocketArgs.CheckMode(m);
                            }
                            self.Sock();
                            return args[0];
                        }
                    case 14:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                        return self.Read(argc > 1 && args[1] != PyNone.None ? Ops.ToLong(args[1]) : -1);
                    case 15:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return self.ReadAll();
                    case 16:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 2);
                        return self.ReadInto(args[1], argc, argc > 2 ? args[2] : null);
                    case 17:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                        return self.ReadLine(argc > 1 && args[1] != PyNone.None ? Ops.ToLong(args[1]) : -1);
                    case 18:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        return self.Write(args[1]);
                    case 19:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return PyNone.None;
                    case 20:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return PyInt.Create(self._s == null ? -1 : self._fd);
                    case 21:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return self.GetTimeout();
                    case 22:
                    case 23:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                            int ip;
                            int port;
                            Check(self.Sock().GetAddress(id == 23, out ip, out port));
                            return NetAddr.Make(ip, port);
                        }
                    case 24:
                        return args[0];
                    default:
                        self.Close();
                        return PyNone.None;
                }
            }
        }
    }
}
