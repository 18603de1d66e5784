namespace MicroPy.Hal
{
    /// <summary>
    /// A network interface (nanoFramework: WirelessAPConfiguration/Wireless80211Configuration and
    /// NetworkInterface on ESP32). IPv4 addresses packed as in ISocket. Results: 0 or -errno.
    /// </summary>
    public interface INetworkInterface
    {
        bool Active { get; }

        int SetActive(bool active);

        /// <summary>Starts joining a network (station); an access point takes ssid/password as its own.</summary>
        int Connect(string ssid, string password);

        void Disconnect();

        bool IsConnected { get; }

        /// <summary>STAT_IDLE 0, STAT_CONNECTING 1, STAT_WRONG_PASSWORD 2, STAT_NO_AP_FOUND 3,
        /// STAT_CONNECT_FAIL 4, STAT_GOT_IP 5.</summary>
        int Status { get; }

        /// <summary>Fills cfg[0..4) with ip, netmask, gateway, dns.</summary>
        void GetIfconfig(int[] cfg);

        /// <summary>Static configuration from cfg[0..4) (ip, netmask, gateway, dns).</summary>
        int SetIfconfig(int[] cfg);

        /// <summary>The interface's MAC address (6 bytes).</summary>
        byte[] Mac { get; }

        /// <summary>SSID joined (station) or offered (access point); "" when none.</summary>
        string Ssid { get; }

        /// <summary>Scans for access points; returns how many were found (read them with ScanResult) or -errno.</summary>
        int Scan();

        /// <summary>Entry i of the last scan. authmode: 0 open, 1 WEP, 2 WPA-PSK, 3 WPA2-PSK, 4 WPA/WPA2-PSK.</summary>
        void ScanResult(int i, out string ssid, out byte[] bssid, out int channel, out int rssi, out int authmode, out bool hidden);
    }
}
