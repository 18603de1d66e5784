using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Runtime;
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

        private const int OpSend = 0;
        private const int OpSendTo = 1;
        private const int OpReceive = 2;
        private const int OpReceiveFrom = 3;

        /// <summary>One transfer on the HAL socket (op: OpSend, OpSendTo, OpReceive, OpReceiveFrom; ip/port: the
        /// destination, or the source received from), waiting per the timeout while it reports EAGAIN: the count, or
        /// -EAGAIN only in non-blocking mode with eagainOk.</summary>
        private int Transfer(int op, byte[] buf, int off, int n, ref int ip, ref int port, bool eagainOk, ref long remaining)
        {
            ISocket s = Sock();
            while (true)
            {
                int r;
                switch (op)
                {
                    case OpSend:
                        r = s.Send(buf, off, n);
                        break;
                    case OpSendTo:
                        r = s.SendTo(buf, off, n, ip, port);
                        break;
                    case OpReceive:
                        r = s.Receive(buf, off, n);
                        break;
                    default:
                        r = s.ReceiveFrom(buf, off, n, out ip, out port);
                        break;
                }
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
                Wait(op < OpReceive ? PollOut : PollIn, ref remaining);
            }
        }

        /// <summary>One send: bytes queued (waiting per the timeout); -EAGAIN only in non-blocking mode when
        /// nothing could be queued and eagainOk.</summary>
        private int SendSome(byte[] buf, int off, int n, bool eagainOk, ref long remaining)
        {
            int ip = 0;
            int port = 0;
            return Transfer(OpSend, buf, off, n, ref ip, ref port, eagainOk, ref remaining);
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
            int ip = 0;
            int port = 0;
            return Transfer(OpReceive, buf, off, n, ref ip, ref port, eagainOk, ref remaining);
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

        /// <summary>recv(size) and recvfrom(size): one path (recvfrom reads the datagram itself, not the stream's
        /// read-ahead, and returns it with its source address).</summary>
        private object Recv(object size, bool from)
        {
            long n = Ops.ToLong(size);
            if (n < 0)
            {
                throw Err.Value(from ? "negative buffersize in recvfrom" : "negative buffersize in recv");
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
            int ip = 0;
            int port = 0;
            int r = from ? Transfer(OpReceiveFrom, buf, 0, want, ref ip, ref port, false, ref remaining) : ReadSome(buf, 0, want, false, ref remaining);
            if (r < 0)
            {
                return PyNone.None;
            }
            object data;
#if !NANOFRAMEWORK_1_0
            if (r == want && buf != s_scratch)
            {
                data = new PyBytes(buf);
            }
            else
#endif
            {
                data = BytesOf(buf, r);
            }
            return from ? new PyTuple(new object[] { data, NetAddr.Make(ip, port) }) : data;
        }

        /// <summary>Reads into buf[off, off+n) until it is full or the stream ends (waiting per the timeout): the count, or
        /// -1 when nothing came in non-blocking mode. Shared by read, readall and readinto.</summary>
        private int Fill(byte[] buf, int off, int n, ref long remaining)
        {
            int got = 0;
            while (got < n)
            {
                int r = ReadSome(buf, off + got, n - got, true, ref remaining);
                if (r < 0)
                {
                    return got == 0 ? -1 : got;
                }
                if (r == 0)
                {
                    break;
                }
                got += r;
            }
            return got;
        }

        /// <summary>read(n): up to n bytes, waiting until n or EOF (blocking); what is there (None if nothing)
        /// in non-blocking mode. n &lt; 0 (readall()): until EOF.</summary>
        private object Read(long n)
        {
            byte[] buf = new byte[n < 0 ? 256 : n < 4096 ? n : 4096];
            int got = 0;
            long remaining = _timeoutUs;
            while (n < 0 || got < n)
            {
                if (got == buf.Length)
                {
                    long size = (long)buf.Length * 2;
                    byte[] g = new byte[n >= 0 && size > n ? n : size];
                    System.Array.Copy(buf, g, got);
                    buf = g;
                }
                int want = buf.Length - got;
                int r = Fill(buf, got, want, ref remaining);
                if (r < 0)
                {
                    if (got == 0)
                    {
                        return PyNone.None;
                    }
                    break;
                }
                got += r;
                if (r < want)
                {
                    break;
                }
            }
            if (got == buf.Length)
            {
                return new PyBytes(buf);
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
            long remaining = _timeoutUs;
            int got = Fill(buf, off, n, ref remaining);
            return got < 0 ? (object)PyNone.None : PyInt.Create(got);
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
                int ip = 0;
                int port = 0;
                int r = Transfer(OpReceive, _rbuf, _rlen, _rbuf.Length - _rlen, ref ip, ref port, true, ref remaining);
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

        private const int SendOne = 0;
        private const int SendEvery = 1;
        private const int SendStream = 2;

        /// <summary>send (SendOne: one send, its count), sendall (SendEvery: everything, None), write (SendStream:
        /// everything, its count; non-blocking: one send, None when nothing went) and sendto (addr given): one path.</summary>
        private object Send(object data, int mode, object addr)
        {
            int off;
            int n;
            byte[] buf = SocketArgs.ReadBuf(data, out off, out n);
            int ip = 0;
            int port = 0;
            long remaining = _timeoutUs;
            if (addr != null)
            {
                NetAddr.Parse(addr, "sendto", out ip, out port);
                return PyInt.Create(Transfer(OpSendTo, buf, off, n, ref ip, ref port, false, ref remaining));
            }
            if (mode == SendOne || (mode == SendStream && _timeoutUs == 0))
            {
                int r = Transfer(OpSend, buf, off, n, ref ip, ref port, mode == SendStream, ref remaining);
                return r < 0 ? (object)PyNone.None : PyInt.Create(r);
            }
            SendAll(buf, off, n);
            return mode == SendEvery ? (object)PyNone.None : PyInt.Create(n);
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
            /// <summary>The member ids: each name's index in the table (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Close = 0;
                public const int Bind = 1;
                public const int Listen = 2;
                public const int Accept = 3;
                public const int Connect = 4;
                public const int Send = 5;
                public const int SendAll = 6;
                public const int Recv = 7;
                public const int SendTo = 8;
                public const int RecvFrom = 9;
                public const int SetSockOpt = 10;
                public const int SetTimeout = 11;
                public const int SetBlocking = 12;
                public const int MakeFile = 13;
                public const int Read = 14;
                public const int ReadAll = 15;
                public const int ReadInto = 16;
                public const int ReadLine = 17;
                public const int Write = 18;
                public const int Flush = 19;
                public const int FileNo = 20;
                public const int GetTimeout = 21;
                public const int GetSockName = 22;
                public const int GetPeerName = 23;
                public const int Enter = 24;
                public const int Exit = 25;
                public const int Del = 26;
            }

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
                    case Id.Close:
                    case Id.Del:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        self.Close();
                        return PyNone.None;
                    case Id.Bind:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                            int ip;
                            int port;
                            NetAddr.Parse(args[1], "bind", out ip, out port);
                            Check(self.Sock().Bind(ip, port));
                            return PyNone.None;
                        }
                    case Id.Listen:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                            long backlog = argc > 1 ? Ops.ToLong(args[1]) : 2;
                            Check(self.Sock().Listen(backlog < 0 ? 0 : backlog > 128 ? 128 : (int)backlog));
                            return PyNone.None;
                        }
                    case Id.Accept:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return self.Accept();
                    case Id.Connect:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        self.Connect(args[1]);
                        return PyNone.None;
                    case Id.Send:
                    case Id.SendAll:
                    case Id.Write:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        return self.Send(args[1], id == Id.Send ? SendOne : id == Id.SendAll ? SendEvery : SendStream, null);
                    case Id.SendTo:
                        Ops.CheckArgs(name, argc - 1, kwc, 2, 2);
                        return self.Send(args[1], SendOne, args[2]);
                    case Id.Recv:
                    case Id.RecvFrom:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        return self.Recv(args[1], id == Id.RecvFrom);
                    case Id.SetSockOpt:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 3, 3);
                            int level = (int)Ops.ToLong(args[1]);
                            int opt = (int)Ops.ToLong(args[2]);
                            Check(self.Sock().SetOption(level, opt, SocketArgs.OptionValue(args[3])));
                            return PyNone.None;
                        }
                    case Id.SetTimeout:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        self.Sock();
                        self.SetTimeout(args[1]);
                        return PyNone.None;
                    case Id.SetBlocking:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        self.Sock();
                        self._timeoutUs = Ops.IsTrue(args[1]) ? -1 : 0;
                        return PyNone.None;
                    case Id.MakeFile:
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
                    case Id.Read:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                        return self.Read(argc > 1 && args[1] != PyNone.None ? Ops.ToLong(args[1]) : -1);
                    case Id.ReadAll:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return self.Read(-1);
                    case Id.ReadInto:
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 2);
                        return self.ReadInto(args[1], argc, argc > 2 ? args[2] : null);
                    case Id.ReadLine:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                        return self.ReadLine(argc > 1 && args[1] != PyNone.None ? Ops.ToLong(args[1]) : -1);
                    case Id.Flush:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return PyNone.None;
                    case Id.FileNo:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return PyInt.Create(self._s == null ? -1 : self._fd);
                    case Id.GetTimeout:
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        return self.GetTimeout();
                    case Id.GetSockName:
                    case Id.GetPeerName:
                        {
                            Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                            int ip;
                            int port;
                            Check(self.Sock().GetAddress(id == Id.GetPeerName, out ip, out port));
                            return NetAddr.Make(ip, port);
                        }
                    case Id.Enter:
                        return args[0];
                    case Id.Exit:
                    default:
                        self.Close();
                        return PyNone.None;
                }
            }
        }
    }
}
