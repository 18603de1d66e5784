using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using MicroPy.Runtime;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// The device's IPv4 stack (nanoFramework System.Net over lwIP: Wi-Fi on ESP32, Ethernet on STM32 boards).
    /// Dotted-quad hosts are resolved here without DNS; names go through Dns.GetHostEntry, which waits up to 30 s
    /// in native code, so it runs on a worker thread while the interpreter thread serves Ctrl-C (Vm.ServiceWait).
    /// </summary>
    public sealed class NanoSocketStack : ISocketStack
    {
        private const int LookupLimitMs = 35000;
        private const int SliceMs = 10;

        public ISocket Open(int type, out int errno)
        {
            try
            {
                bool dgram = type == 2;
                Socket s = dgram
                    ? new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp)
                    : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                errno = 0;
                return new NanoSocket(s, dgram);
            }
            catch (SocketException e)
            {
                // The first Socket before any interface is up, or too many sockets (lwIP's pool is small).
                errno = NanoNetMapping.Errno(NanoSocket.Code(e), false);
                return null;
            }
            catch (Exception)
            {
                errno = OsErrno.ENOMEM;
                return null;
            }
        }

        public int Resolve(string host, int[] ips)
        {
            int ip;
            if (NanoNetMapping.TryParseIPv4(host, out ip))
            {
                if (ips.Length > 0)
                {
                    ips[0] = ip;
                }
                return 1;
            }
            Lookup l = new Lookup(host);
            new Thread(l.Run).Start();
            int waited = 0;
            while (!l.Done)
            {
                if (waited >= LookupLimitMs)
                {
                    return -OsErrno.ETIMEDOUT;
                }
                Thread.Sleep(SliceMs);
                waited += SliceMs;
                Vm.ServiceWait();
            }
            if (l.Errno != 0)
            {
                return -l.Errno;
            }
            IPAddress[] all = l.Entry != null ? l.Entry.AddressList : null;
            int n = 0;
            for (int i = 0; all != null && i < all.Length && n < ips.Length; i++)
            {
                if (all[i] != null && all[i].AddressFamily == AddressFamily.InterNetwork)
                {
                    ips[n++] = NanoNetMapping.FromAddressBytes(all[i].GetAddressBytes());
                }
            }
            return n == 0 ? -OsErrno.ENOENT : n;
        }

        /// <summary>One Dns.GetHostEntry on a worker thread (it outlives a Ctrl-C and then just ends).</summary>
        private sealed class Lookup
        {
            private readonly string _host;
            public IPHostEntry Entry;
            public int Errno;
            public bool Done;

            public Lookup(string host)
            {
                _host = host;
            }

            public void Run()
            {
                try
                {
                    Entry = Dns.GetHostEntry(_host);
                }
                catch (SocketException e)
                {
                    Errno = NanoNetMapping.Errno(NanoSocket.Code(e), false);
                }
                catch (Exception)
                {
                    Errno = OsErrno.ENOENT;
                }
                Done = true;
            }
        }
    }
}
