using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>(ipv4_string, port) address tuples and dotted-quad IPv4 text, as usocket and network use them.
    /// IPv4 addresses are packed big-endian in an int, as the socket HAL takes them.</summary>
    public static class NetAddr
    {
        /// <summary>Parses an AF_INET address tuple the way CPython checks it (TypeError for shapes,
        /// OverflowError for ports); a host that is not a dotted-quad IPv4 address raises OSError (domain
        /// names must be resolved with getaddrinfo() first, as the MicroPython docs say).</summary>
        public static void Parse(object addr, string fn, out int ip, out int port)
        {
            PyTuple t = addr as PyTuple;
            if (t == null)
            {
                throw Err.Type(fn + "(): AF_INET address must be tuple, not " + Ops.TypeName(addr));
            }
            if (t.Items.Length != 2)
            {
                throw Err.Type("AF_INET address must be a pair (host, port)");
            }
            string host = HostText(t.Items[0]);
            port = Port(t.Items[1], fn);
            ip = ParseHost(host);
        }

        private static string HostText(object h)
        {
            string s = h as string;
            if (s != null)
            {
                return s;
            }
            PyBytes b = h as PyBytes;
            if (b != null)
            {
                return Utf8.Decode(b.Data);
            }
            PyByteArray ba = h as PyByteArray;
            if (ba != null)
            {
                byte[] d = new byte[ba.Count];
                System.Array.Copy(ba.Data, d, ba.Count);
                return Utf8.Decode(d);
            }
            throw Err.Type("str, bytes or bytearray expected, not " + Ops.TypeName(h));
        }

        /// <summary>An integer port 0..65535 (TypeError for non-integers, OverflowError out of range).</summary>
        public static int Port(object p, string fn)
        {
            if (p is PyBigInt)
            {
                throw Err.Overflow(fn + "(): port must be 0-65535.");
            }
            if (!(p is PyInt) && !(p is PyBool))
            {
                PyObject po = p as PyObject;
                if (po == null || !po.Type.IsSubtypeOf(PyInt.TypeObject))
                {
                    throw Err.Type("'" + Ops.TypeName(p) + "' object cannot be interpreted as an integer");
                }
            }
            long v = Ops.ToLong(p);
            if (v < 0 || v > 65535)
            {
                throw Err.Overflow(fn + "(): port must be 0-65535.");
            }
            return (int)v;
        }

        /// <summary>'' is INADDR_ANY; otherwise a dotted quad, else OSError(EINVAL) naming the problem.</summary>
        public static int ParseHost(string host)
        {
            if (host.Length == 0)
            {
                return 0;
            }
            int ip;
            if (TryParseIp(host, out ip))
            {
                return ip;
            }
            if (HasLetter(host))
            {
                throw Err.OS(OsErrno.EINVAL, "domain names are not accepted as addresses ('" + host
                    + "'): resolve them with getaddrinfo() first");
            }
            throw Err.OS(OsErrno.EINVAL, "invalid IPv4 address '" + host + "'");
        }

        private static bool HasLetter(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Strict a.b.c.d with decimal parts 0..255.</summary>
        public static bool TryParseIp(string s, out int ip)
        {
            ip = 0;
            int parts = 0;
            int i = 0;
            while (parts < 4)
            {
                int v = 0;
                int digits = 0;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9')
                {
                    v = v * 10 + (s[i] - '0');
                    digits++;
                    i++;
                    if (digits > 3)
                    {
                        return false;
                    }
                }
                if (digits == 0 || v > 255)
                {
                    return false;
                }
                ip = (ip << 8) | v;
                parts++;
                if (parts < 4)
                {
                    if (i >= s.Length || s[i] != '.')
                    {
                        return false;
                    }
                    i++;
                }
            }
            return i == s.Length;
        }

        public static string IpToString(int ip)
        {
            StrBuf b = new StrBuf();
            for (int shift = 24; shift >= 0; shift -= 8)
            {
                b.Append(Ops.IntToString((ip >> shift) & 0xff));
                if (shift > 0)
                {
                    b.Append('.');
                }
            }
            return b.ToString();
        }

        public static PyTuple Make(int ip, int port)
        {
            return new PyTuple(new object[] { IpToString(ip), PyInt.Create(port) });
        }

        /// <summary>A dotted-quad string argument (network.ifconfig); OSError/TypeError otherwise.</summary>
        public static int IpArg(object o)
        {
            string s = o as string;
            if (s == null)
            {
                throw Err.Type("str expected, not " + Ops.TypeName(o));
            }
            return ParseHost(s);
        }
    }
}
