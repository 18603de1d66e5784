using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>usocket: IPv4 TCP/UDP sockets over Platform.Sockets, getaddrinfo and the constants
    /// (Linux values, as MicroPython's unix port and CPython on Linux use).</summary>
    public sealed class UsocketModule : NativeModule
    {
        public static readonly UsocketModule Instance = new UsocketModule();

        public const int AfInet = 2;
        public const int IpprotoTcp = 6;
        public const int IpprotoUdp = 17;

        private static readonly int[] s_values =
        {
            AfInet, 10, SocketObject.SockStream, SocketObject.SockDgram, 3, 0, IpprotoTcp, IpprotoUdp, 1, 2, 9, 6, 1,
        };

        private UsocketModule() : base("usocket", new string[]
        {
            "socket", "getaddrinfo",
            "AF_INET", "AF_INET6", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "IPPROTO_IP", "IPPROTO_TCP", "IPPROTO_UDP",
            "SOL_SOCKET", "SO_REUSEADDR", "SO_KEEPALIVE", "SO_BROADCAST", "TCP_NODELAY",
        })
        {
        }

        public override int Kind(int id)
        {
            return id == 1 ? MemberStatic : MemberValue;
        }

        public override object GetValue(int id)
        {
            if (id == 0)
            {
                return SocketObject.TypeObject;
            }
            return PyInt.Create(s_values[id - 2]);
        }

        private static ISocketStack Stack()
        {
            ISocketStack s = Platform.Sockets;
            if (s == null)
            {
                throw Err.OS(OsErrno.ENETDOWN, "no network stack on this port");
            }
            return s;
        }

        private static object Arg(object[] args, int argc, int kwc, int pos, string name)
        {
            if (pos < argc)
            {
                return args[pos];
            }
            return Ops.KwArg(args, argc, kwc, name);
        }

        /// <summary>socket(af=AF_INET, type=SOCK_STREAM, proto=0).</summary>
        public static object NewSocket(object[] args, int argc, int kwc)
        {
            if (argc > 3)
            {
                throw Err.Type("socket() takes at most 3 arguments (" + Ops.IntToString(argc) + " given)");
            }
            object a = Arg(args, argc, kwc, 0, "family");
            object t = Arg(args, argc, kwc, 1, "type");
            object p = Arg(args, argc, kwc, 2, "proto");
            long af = a == null || a == PyNone.None ? AfInet : Ops.ToLong(a);
            long type = t == null || t == PyNone.None ? SocketObject.SockStream : Ops.ToLong(t);
            long proto = p == null || p == PyNone.None ? 0 : Ops.ToLong(p);
            if (af != AfInet)
            {
                throw Err.OS(OsErrno.EAFNOSUPPORT);
            }
            if (type != SocketObject.SockStream && type != SocketObject.SockDgram)
            {
                throw Err.OS(OsErrno.EINVAL);
            }
            if (proto != 0 && proto != (type == SocketObject.SockStream ? IpprotoTcp : IpprotoUdp))
            {
                throw Err.OS(OsErrno.EPROTONOSUPPORT);
            }
            int errno;
            ISocket s = Stack().Open((int)type, out errno);
            if (s == null)
            {
                throw Err.OS(errno > 0 ? errno : errno < 0 ? -errno : OsErrno.EIO);
            }
            return new SocketObject(s, (int)type, (int)proto);
        }

        /// <summary>getaddrinfo(host, port, af=0, type=0, proto=0, flags=0): [(AF_INET, type, proto, '', (ip, port))].</summary>
        private static object GetAddrInfo(object[] args, int argc, int kwc)
        {
            if (argc < 2 || argc > 6)
            {
                throw Err.ArgCount("getaddrinfo", 2, 6, argc);
            }
            object h = args[0];
            object pv = args[1];
            int port;
            if (pv == PyNone.None)
            {
                port = 0;
            }
            else if (pv is string)
            {
                port = ParsePortText((string)pv);
            }
            else
            {
                // As the C library: the number is taken modulo 2**16 (only a non-integer is refused).
                if (pv is PyBigInt)
                {
                    throw Err.Overflow("Python int too large to convert to C long");
                }
                if (!(pv is PyInt) && !(pv is PyBool))
                {
                    throw Err.OS(-8, "Servname not supported for ai_socktype");
                }
                port = (int)(Ops.ToLong(pv) & 0xffff);
            }
            long type = argc > 3 ? Ops.ToLong(args[3]) : 0;
            long proto = argc > 4 ? Ops.ToLong(args[4]) : 0;
            if (argc > 2)
            {
                long af = Ops.ToLong(args[2]);
                if (af != 0 && af != AfInet)
                {
                    throw Err.OS(-9, "Address family for hostname not supported");
                }
            }
            int ip;
            int[] ips = null;
            int count = 1;
            string host = h as string;
            if (h == PyNone.None)
            {
                ip = 0x7f000001;
            }
            else if (host == null)
            {
                throw Err.Type("getaddrinfo() argument 1 must be string or None");
            }
            else if (host.Length == 0)
            {
                ip = 0;
            }
            else if (!NetAddr.TryParseIp(host, out ip))
            {
                ips = new int[4];
                count = Stack().Resolve(host, ips);
                if (count <= 0)
                {
                    throw Err.OS(-2, "Name or service not known");
                }
                if (count > ips.Length)
                {
                    count = ips.Length;
                }
            }
            if (type == 0)
            {
                type = proto == IpprotoUdp ? SocketObject.SockDgram : SocketObject.SockStream;
            }
            if (proto == 0)
            {
                proto = type == SocketObject.SockDgram ? IpprotoUdp : IpprotoTcp;
            }
            // One entry per resolved IPv4 address, in the resolver's order (the first is the one to use).
            PyList r = new PyList();
            for (int i = 0; i < count; i++)
            {
                int a = ips != null ? ips[i] : ip;
                bool seen = false;
                for (int j = 0; j < i; j++)
                {
                    seen |= ips[j] == a;
                }
                if (!seen)
                {
                    r.Append(new PyTuple(new object[]
                    {
                        PyInt.Create(AfInet), PyInt.Create(type), PyInt.Create(proto), "", NetAddr.Make(a, port),
                    }));
                }
            }
            return r;
        }

        private static int ParsePortText(string s)
        {
            long v = 0;
            if (s.Length == 0 || s.Length > 5)
            {
                throw Err.OS(-8, "Servname not supported for ai_socktype");
            }
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9')
                {
                    throw Err.OS(-8, "Servname not supported for ai_socktype");
                }
                v = v * 10 + (c - '0');
            }
            if (v > 65535)
            {
                throw Err.Overflow("getaddrinfo(): port must be 0-65535.");
            }
            return (int)v;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            if (kwc != 0)
            {
                throw Err.Type("getaddrinfo() takes no keyword arguments");
            }
            return GetAddrInfo(args, argc, kwc);
        }
    }
}
