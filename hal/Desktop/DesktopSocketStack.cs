using System;
using System.Net;
using System.Net.Sockets;

namespace MicroPy.Hal.Desktop
{
    /// <summary>
    /// The host's IPv4 stack through .NET sockets. Sealed (the default), a simulated board reaches loopback only:
    /// binding to all interfaces (or to the board's own address) binds to 127.0.0.1, other local addresses are
    /// EADDRNOTAVAIL, connections and datagrams to any other address are ENETUNREACH, and names other than
    /// localhost do not resolve (no DNS query leaves the host). Open (the host's --open-network), it is the
    /// host's network.
    /// </summary>
    public sealed class DesktopSocketStack : ISocketStack
    {
        private readonly bool _sealed;

        public DesktopSocketStack(bool open = false)
        {
            _sealed = !open;
        }

        public ISocket Open(int type, out int errno)
        {
            try
            {
                Socket s = type == 2
                    ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
                    : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                errno = 0;
                return new DesktopSocket(s, type == 2, _sealed);
            }
            catch (SocketException e)
            {
                errno = OsErrno.FromWinsock((int)e.SocketErrorCode);
                return null;
            }
        }

        public int Resolve(string host, int[] ips)
        {
            if (_sealed)
            {
                if (!string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || ips.Length == 0)
                {
                    return -OsErrno.ENOENT;
                }
                ips[0] = DesktopSocket.Pack(IPAddress.Loopback);
                return 1;
            }
            try
            {
                IPAddress[] all = Dns.GetHostAddresses(host, AddressFamily.InterNetwork);
                int n = 0;
                for (int i = 0; i < all.Length && n < ips.Length; i++)
                {
                    ips[n++] = DesktopSocket.Pack(all[i]);
                }
                return n == 0 ? -OsErrno.ENOENT : n;
            }
            catch (Exception)
            {
                return -OsErrno.ENOENT;
            }
        }
    }
}
