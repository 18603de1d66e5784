using System;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace MicroPy.Hal.Desktop
{
    /// <summary>A simulated Wi-Fi interface. The station is active and connected from the start and reports
    /// 127.0.0.1 (sealed) or the host's IPv4 configuration and MAC (open); the access point reports the usual
    /// 192.168.4.1/24 once activated.</summary>
    public sealed class DesktopNetworkInterface : INetworkInterface
    {
        private static readonly string[] s_scanSsid = { "MicroPy-Sim", "MicroPy-Open" };
        private static readonly int[] s_scanChannel = { 6, 11 };
        private static readonly int[] s_scanRssi = { -42, -71 };
        private static readonly int[] s_scanAuth = { 3, 0 };

        private readonly bool _ap;
        private bool _active;
        private bool _connected;
        private string _ssid = "";
        private int[] _static;
        private byte[] _mac;

        private readonly bool _open;

        public DesktopNetworkInterface(bool ap, bool open)
        {
            _ap = ap;
            _open = open;
            _active = !ap;
            _connected = !ap;
        }

        public bool Active
        {
            get { return _active; }
        }

        public int SetActive(bool active)
        {
            _active = active;
            if (!_ap)
            {
                _connected = active;
            }
            return 0;
        }

        public int Connect(string ssid, string password)
        {
            _ssid = ssid;
            if (!_ap)
            {
                _connected = true;
            }
            return 0;
        }

        public void Disconnect()
        {
            if (!_ap)
            {
                _connected = false;
            }
        }

        public bool IsConnected
        {
            get { return !_ap && _active && _connected; }
        }

        public int Status
        {
            get { return _ap ? 0 : IsConnected ? 5 : 0; }
        }

        public void GetIfconfig(int[] cfg)
        {
            if (_static != null)
            {
                Array.Copy(_static, cfg, 4);
                return;
            }
            if (_ap)
            {
                cfg[0] = Ip(192, 168, 4, 1);
                cfg[1] = Ip(255, 255, 255, 0);
                cfg[2] = cfg[0];
                cfg[3] = Ip(208, 67, 222, 222);
                return;
            }
            if (!IsConnected)
            {
                cfg[0] = cfg[1] = cfg[2] = cfg[3] = 0;
                return;
            }
            HostConfig(cfg, _open);
        }

        public int SetIfconfig(int[] cfg)
        {
            _static = new int[4];
            Array.Copy(cfg, _static, 4);
            return 0;
        }

        public byte[] Mac
        {
            get
            {
                if (_mac == null)
                {
                    _mac = HostMac(_open);
                    if (_ap)
                    {
                        _mac[5] ^= 1;
                    }
                }
                return (byte[])_mac.Clone();
            }
        }

        public string Ssid
        {
            get { return _ssid; }
        }

        public int Scan()
        {
            return s_scanSsid.Length;
        }

        public void ScanResult(int i, out string ssid, out byte[] bssid, out int channel, out int rssi, out int authmode, out bool hidden)
        {
            ssid = s_scanSsid[i];
            bssid = new byte[] { 0x02, 0x00, 0x5e, 0x00, 0x53, (byte)(i + 1) };
            channel = s_scanChannel[i];
            rssi = s_scanRssi[i];
            authmode = s_scanAuth[i];
            hidden = false;
        }

        private static int Ip(int a, int b, int c, int d)
        {
            return (a << 24) | (b << 16) | (c << 8) | d;
        }

        /// <summary>The first operational non-loopback interface with an IPv4 address, else loopback.</summary>
        private static NetworkInterface HostNic(out UnicastIPAddressInformation addr)
        {
            addr = null;
            try
            {
                foreach (NetworkInterface ni in NetworkInterface.GetAllNetworkInterfaces())
                {
                    if (ni.OperationalStatus != OperationalStatus.Up || ni.NetworkInterfaceType == NetworkInterfaceType.Loopback)
                    {
                        continue;
                    }
                    foreach (UnicastIPAddressInformation u in ni.GetIPProperties().UnicastAddresses)
                    {
                        if (u.Address.AddressFamily == AddressFamily.InterNetwork)
                        {
                            addr = u;
                            return ni;
                        }
                    }
                }
            }
            catch (Exception)
            {
            }
            return null;
        }

        private static void HostConfig(int[] cfg, bool open)
        {
            UnicastIPAddressInformation addr = null;
            NetworkInterface ni = open ? HostNic(out addr) : null;
            if (ni == null)
            {
                cfg[0] = Ip(127, 0, 0, 1);
                cfg[1] = Ip(255, 0, 0, 0);
                cfg[2] = Ip(127, 0, 0, 1);
                cfg[3] = Ip(127, 0, 0, 1);
                return;
            }
            cfg[0] = DesktopSocket.Pack(addr.Address);
            try
            {
                cfg[1] = DesktopSocket.Pack(addr.IPv4Mask);
            }
            catch (Exception)
            {
                cfg[1] = Ip(255, 255, 255, 0);
            }
            cfg[2] = 0;
            cfg[3] = 0;
            try
            {
                IPInterfaceProperties p = ni.GetIPProperties();
                foreach (GatewayIPAddressInformation g in p.GatewayAddresses)
                {
                    if (g.Address.AddressFamily == AddressFamily.InterNetwork)
                    {
                        cfg[2] = DesktopSocket.Pack(g.Address);
                        break;
                    }
                }
                foreach (System.Net.IPAddress d in p.DnsAddresses)
                {
                    if (d.AddressFamily == AddressFamily.InterNetwork)
                    {
                        cfg[3] = DesktopSocket.Pack(d);
                        break;
                    }
                }
            }
            catch (Exception)
            {
            }
            if (cfg[3] == 0)
            {
                cfg[3] = cfg[2];
            }
        }

        private static byte[] HostMac(bool open)
        {
            UnicastIPAddressInformation addr = null;
            NetworkInterface ni = open ? HostNic(out addr) : null;
            if (ni != null)
            {
                try
                {
                    byte[] m = ni.GetPhysicalAddress().GetAddressBytes();
                    if (m.Length == 6)
                    {
                        return m;
                    }
                }
                catch (Exception)
                {
                }
            }
            return new byte[] { 0x02, 0x00, 0x00, 0x00, 0x00, 0x01 };
        }
    }
}
