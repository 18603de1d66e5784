using System.Collections;
using System.Device.Wifi;

namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>
    /// The ESP32 firmware's network side as System.Net and System.Device.Wifi reach it, and the radio around the board.
    /// Interface 0 is the Wi-Fi station, 1 the soft AP, with the firmware's stored configuration blocks and defaults
    /// (nf-interpreter targets/ESP32/_common/targetHAL_ConfigurationManager.cpp: station AutoConnect|Enable|SmartConfig
    /// with DHCP, soft AP disabled with SSID "nano_" + the last three MAC bytes, WPA2, static address). Access points in
    /// range (AddAccessPoint) decide a join: an unknown SSID gives NetworkNotAvailable, a wrong password
    /// InvalidCredential, a silent one Timeout (targets/ESP32/_nanoCLR/System.Device.Wifi, NativeConnect); a join with
    /// DHCP gets the access point's lease. The counters record what the firmware was asked, for tests.
    /// </summary>
    public static class EmulatedWifi
    {
        public const int Station = 0;
        public const int SoftAp = 1;

        private static readonly object s_lock = new object();
        private static bool s_ready;
        private static int s_count;
        private static readonly byte[][] s_mac = new byte[2][];
        private static readonly string[] s_address = new string[2];
        private static readonly string[] s_mask = new string[2];
        private static readonly string[] s_gateway = new string[2];
        private static readonly string[] s_dns = new string[2];
        private static readonly bool[] s_dhcp = new bool[2];
        private static readonly ArrayList s_air = new ArrayList();
        private static string s_joined;

        /// <summary>Stored station configuration block: Wireless80211Configuration.ConfigurationOptions.</summary>
        internal static byte StationOptions;

        /// <summary>Stored soft AP configuration block.</summary>
        internal static string ApSsid;
        internal static string ApPassword;
        internal static byte ApAuthentication;
        internal static byte ApOptions;

        /// <summary>Whether the radio driver started (false: esp_wifi_init failed; a scan is refused as not started).</summary>
        public static bool RadioStarted;

        /// <summary>How long a join takes before the access point answers (ms).</summary>
        public static int JoinMs;

        /// <summary>How long the firmware waits for a silent access point (NativeConnect: 20 s).</summary>
        public static int JoinTimeoutMs;

        /// <summary>How long a scan takes before its report event (ms).</summary>
        public static int ScanMs;

        public static int Enumerations;
        public static int DhcpEnables;
        public static int StationSaves;
        public static int ApSaves;
        public static int Connects;
        public static int Disconnects;
        public static int Scans;
        public static string LastJoinSsid;
        public static string LastJoinPassword;
        public static int LastJoinKind;

        /// <summary>A freshly flashed firmware (withWifi false: one built without Wi-Fi, no interfaces), no access point
        /// in range, counters at zero.</summary>
        public static void Reset(bool withWifi)
        {
            lock (s_lock)
            {
                s_ready = true;
                s_count = withWifi ? 2 : 0;
                s_mac[Station] = new byte[] { 0x24, 0x0A, 0xC4, 0x12, 0x34, 0x56 };
                s_mac[SoftAp] = new byte[] { 0x24, 0x0A, 0xC4, 0x12, 0x34, 0x57 };
                for (int i = 0; i < 2; i++)
                {
                    s_address[i] = s_mask[i] = s_gateway[i] = s_dns[i] = "0.0.0.0";
                }
                s_dhcp[Station] = true;
                s_dhcp[SoftAp] = false;
                StationOptions = 0x04 | 0x02 | 0x08;
                ApSsid = "nano_123456";
                ApPassword = "nanoframework";
                ApAuthentication = 8;
                ApOptions = 0x01;
                s_air.Clear();
                s_joined = null;
                RadioStarted = true;
                JoinMs = 30;
                JoinTimeoutMs = 20000;
                ScanMs = 30;
                Enumerations = DhcpEnables = StationSaves = ApSaves = Connects = Disconnects = Scans = 0;
                LastJoinSsid = LastJoinPassword = null;
                LastJoinKind = 0;
            }
        }

        private static void Ready()
        {
            if (!s_ready)
            {
                Reset(true);
            }
        }

        /// <summary>An access point in range. password null: open; answers false: it never completes a join. Its
        /// DHCP server leases address/mask with gateway (also the DNS server).</summary>
        public static void AddAccessPoint(string ssid, byte[] bssid, int rssi, string password, bool answers, string address, string mask, string gateway)
        {
            lock (s_lock)
            {
                Ready();
                s_air.Add(new object[] { ssid, bssid, rssi, password, answers, address, mask, gateway });
            }
        }

        internal static int InterfaceCount
        {
            get
            {
                lock (s_lock)
                {
                    Ready();
                    Enumerations++;
                    return s_count;
                }
            }
        }

        /// <summary>Whether the firmware has the Wi-Fi interfaces (and their configuration blocks).</summary>
        internal static bool HasWifi
        {
            get
            {
                lock (s_lock)
                {
                    Ready();
                    return s_count > 0;
                }
            }
        }

        /// <summary>Interface i's current settings: MAC, address, mask, gateway, DNS, DHCP.</summary>
        internal static void Read(int i, out byte[] mac, out string address, out string mask, out string gateway, out string dns, out bool dhcp)
        {
            lock (s_lock)
            {
                Ready();
                mac = (byte[])s_mac[i].Clone();
                address = s_address[i];
                mask = s_mask[i];
                gateway = s_gateway[i];
                dns = s_dns[i];
                dhcp = s_dhcp[i];
            }
        }

        internal static void SetStatic(int i, string address, string mask, string gateway)
        {
            lock (s_lock)
            {
                s_dhcp[i] = false;
                s_address[i] = address;
                s_mask[i] = mask;
                s_gateway[i] = gateway;
            }
        }

        internal static void SetDns(int i, string dns)
        {
            lock (s_lock)
            {
                s_dns[i] = dns;
            }
        }

        internal static void EnableDhcp(int i)
        {
            lock (s_lock)
            {
                DhcpEnables++;
                s_dhcp[i] = true;
                if (s_joined == null)
                {
                    s_address[i] = s_mask[i] = s_gateway[i] = "0.0.0.0";
                }
            }
        }

        private static object[] Find(string ssid)
        {
            for (int i = 0; i < s_air.Count; i++)
            {
                object[] ap = (object[])s_air[i];
                if ((string)ap[0] == ssid)
                {
                    return ap;
                }
            }
            return null;
        }

        /// <summary>A station join; blocks as NativeConnect does.</summary>
        internal static WifiConnectionStatus Join(string ssid, string password, int kind)
        {
            object[] ap;
            lock (s_lock)
            {
                Ready();
                Connects++;
                LastJoinSsid = ssid;
                LastJoinPassword = password;
                LastJoinKind = kind;
                ap = Find(ssid);
            }
            if (ap != null && !(bool)ap[4])
            {
                System.Threading.Thread.Sleep(JoinTimeoutMs);
                return WifiConnectionStatus.Timeout;
            }
            System.Threading.Thread.Sleep(JoinMs);
            if (ap == null)
            {
                return WifiConnectionStatus.NetworkNotAvailable;
            }
            string want = (string)ap[3];
            if (want != null && want != password)
            {
                return WifiConnectionStatus.InvalidCredential;
            }
            lock (s_lock)
            {
                s_joined = ssid;
                if (s_dhcp[Station])
                {
                    s_address[Station] = (string)ap[5];
                    s_mask[Station] = (string)ap[6];
                    s_gateway[Station] = (string)ap[7];
                    s_dns[Station] = (string)ap[7];
                }
            }
            return WifiConnectionStatus.Success;
        }

        internal static void Leave()
        {
            lock (s_lock)
            {
                Disconnects++;
                s_joined = null;
                if (s_dhcp[Station])
                {
                    s_address[Station] = "0.0.0.0";
                }
            }
        }

        /// <summary>Starts a scan: false when the station is not started (no radio, or its stored configuration is not
        /// enabled).</summary>
        internal static bool StartScan()
        {
            lock (s_lock)
            {
                Ready();
                if (!RadioStarted || (StationOptions & 0x02) == 0)
                {
                    return false;
                }
                Scans++;
                return true;
            }
        }

        /// <summary>The access points in range: SSID, BSSID, RSSI each.</summary>
        internal static object[] Air()
        {
            lock (s_lock)
            {
                return s_air.ToArray();
            }
        }
    }
}
