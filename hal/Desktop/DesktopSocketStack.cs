using System;
using System.Net;
using System.Net.Sockets;

namespace MicroPy.Hal.Desktop
{
    /// <summary>The host's IPv4 stack through .NET sockets.</summary>
    public sealed class DesktopSocketStack : ISocketStack
    {
        public ISocket Open(int type, out int errno)
        {
            try
            {
                Socket s = type == 2
                    ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
                    : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                errno = 0;
                return new DesktopSocket(s, type == 2);
            }
            catch (SocketException e)
            {
                errno = SocketErrno.FromWinsock((int)e.SocketErrorCode);
                return null;
            }
        }

        public int Resolve(string host, int[] ips)
        {
            try
            {
                IPAddress[] all = Dns.GetHostAddresses(host, AddressFamily.InterNetwork);
                int n = 0;
                for (int i = 0; i < all.Length && n < ips.Length; i++)
                {
                    ips[n++] = DesktopSocket.Pack(all[i]);
                }
                return n == 0 ? -SocketErrno.ENOENT : n;
            }
            catch (Exception)
            {
                return -SocketErrno.ENOENT;
            }
        }
    }
}
