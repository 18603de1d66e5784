#if !NF_STM32
using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using MicroPy.Objects;
using MicroPy.Runtime;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// network.WLAN on an ESP32 over nanoFramework's Wi-Fi API (packages System.Device.Wifi and System.Net).
    /// <para>Station: connect() starts WifiAdapter.Connect on a worker thread (it blocks up to 20 s) and returns at
    /// once, as MicroPython's does; status()/isconnected() follow NanoWlanState plus the interface's current IPv4
    /// address (DHCP unless ifconfig() set a static one in this session; nanoFramework stores an ifconfig() address
    /// mode in flash, so connect() switches a stored static mode back to DHCP). Credentials are not written to the
    /// firmware's stored configuration. scan() starts WifiAdapter.ScanAsync and waits for AvailableNetworksChanged, serving Ctrl-C;
    /// nanoFramework's scan report has no channel and no auth mode, so entries carry channel 0 and authmode -1.</para>
    /// <para>Access point: nanoFramework starts the soft AP only at boot, from its stored WirelessAPConfiguration
    /// (Enable|AutoStart, static 192.168.4.1/24 as in nanoframework/Samples WiFiAP). active(True)/active(False)
    /// store that configuration and then raise OSError(EPERM) saying a machine.reset() applies it, rather than
    /// pretending the AP switched; config(essid=, password=) is stored for the next boot too.</para>
    /// Untested on hardware.
    /// </summary>
    public sealed class NanoWlan : INetworkInterface
    {
        private const int ScanLimitMs = 15000;
        private const int SliceMs = 20;
        private const long HasIpCacheTicks = 50 * 10000;
        private const string ApAddress = "192.168.4.1";
        private const string ApNetmask = "255.255.255.0";

        private readonly bool _ap;
        private readonly NanoWlanState _state = new NanoWlanState();
        private WifiAdapter _adapter;
        private bool _activeKnown;
        private bool _active;
        private string _ssid = "";
        private bool _static;
        private bool _scanDone;
        private bool _lastHasIp;
        private bool _hasIpKnown;
        private long _lastHasIpTicks;
        private WifiAvailableNetwork[] _scan;

        public NanoWlan(bool ap)
        {
            _ap = ap;
        }

        private NetworkInterface Nic()
        {
            NetworkInterfaceType want = _ap ? NetworkInterfaceType.WirelessAP : NetworkInterfaceType.Wireless80211;
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NetworkInterfaceType == want)
                {
                    return all[i];
                }
            }
            return null;
        }

        private NetworkInterface RequireNic()
        {
            NetworkInterface ni = Nic();
            if (ni == null)
            {
                throw Err.OS(OsErrno.ENODEV, _ap ? "this firmware has no Wi-Fi access point interface" : "this firmware has no Wi-Fi station interface");
            }
            return ni;
        }

        private static Wireless80211Configuration StaConfig(NetworkInterface ni)
        {
            return Wireless80211Configuration.GetAllWireless80211Configurations()[(int)ni.SpecificConfigId];
        }

        private static WirelessAPConfiguration ApConfig(NetworkInterface ni)
        {
            return WirelessAPConfiguration.GetAllWirelessAPConfigurations()[(int)ni.SpecificConfigId];
        }

        private WifiAdapter Adapter()
        {
            if (_adapter == null)
            {
                WifiAdapter[] all = WifiAdapter.FindAllAdapters();
                if (all.Length == 0)
                {
                    throw Err.OS(OsErrno.ENODEV, "no Wi-Fi adapter in this firmware");
                }
                _adapter = all[0];
            }
            return _adapter;
        }

        /// <summary>Whether the interface has an IPv4 address now. GetAllNetworkInterfaces builds new objects each
        /// time, so within 50 ms (a `while not wlan.isconnected()` loop) the last answer is reused.</summary>
        private bool HasIp()
        {
            long now = DateTime.UtcNow.Ticks;
            if (_hasIpKnown && now >= _lastHasIpTicks && now - _lastHasIpTicks < HasIpCacheTicks)
            {
                return _lastHasIp;
            }
            bool has;
            try
            {
                NetworkInterface ni = Nic();
                has = ni != null && NanoNetMapping.ParseOrZero(ni.IPv4Address) != 0;
            }
            catch (Exception)
            {
                has = false;
            }
            _lastHasIp = has;
            _lastHasIpTicks = now;
            _hasIpKnown = true;
            return has;
        }

        private static bool ApStartsAtBoot(WirelessAPConfiguration c)
        {
            return (c.Options & WirelessAPConfiguration.ConfigurationOptions.AutoStart) == WirelessAPConfiguration.ConfigurationOptions.AutoStart;
        }

        public bool Active
        {
            get
            {
                if (!_activeKnown)
                {
                    // What the firmware started at boot; later changes are tracked here.
                    _activeKnown = true;
                    try
                    {
                        NetworkInterface ni = Nic();
                        if (ni == null)
                        {
                            _active = false;
                        }
                        else if (_ap)
                        {
                            _active = ApStartsAtBoot(ApConfig(ni));
                        }
                        else
                        {
                            _active = (StaConfig(ni).Options & Wireless80211Configuration.ConfigurationOptions.Enable) != 0;
                        }
                    }
                    catch (Exception)
                    {
                        _active = false;
                    }
                }
                return _active;
            }
        }

        public int SetActive(bool active)
        {
            bool was = Active;
            NetworkInterface ni = RequireNic();
            if (_ap)
            {
                if (was == active)
                {
                    return 0;
                }
                SetApAtBoot(ni, active);
                throw Err.OS(OsErrno.EPERM, active
                    ? "access point configured; nanoFramework starts it at boot: call machine.reset()"
                    : "access point disabled from the next boot; it runs until machine.reset()");
            }
            try
            {
                if (active)
                {
                    Wireless80211Configuration c = StaConfig(ni);
                    if ((c.Options & Wireless80211Configuration.ConfigurationOptions.Enable) == 0)
                    {
                        c.Options = Wireless80211Configuration.ConfigurationOptions.Enable;
                        c.SaveConfiguration();
                    }
                }
                else
                {
                    Disconnect();
                }
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "WLAN.active()");
            }
            _active = active;
            return 0;
        }

        private void SetApAtBoot(NetworkInterface ni, bool on)
        {
            try
            {
                WirelessAPConfiguration c = ApConfig(ni);
                if (on)
                {
                    ni.EnableStaticIPv4(ApAddress, ApNetmask, ApAddress);
                    c.Options = WirelessAPConfiguration.ConfigurationOptions.AutoStart;
                }
                else
                {
                    c.Options = WirelessAPConfiguration.ConfigurationOptions.None;
                }
                c.SaveConfiguration();
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "access point configuration");
            }
        }

        public int Connect(string ssid, string password)
        {
            if (_ap)
            {
                return ConfigureAp(ssid, password);
            }
            RequireNic();
            Join j = new Join(this, Adapter(), ssid, password, _state.Begin());
            _ssid = ssid;
            _hasIpKnown = false;
            try
            {
                new Thread(j.Run).Start();
            }
            catch (Exception)
            {
                _state.Finish(j.Generation, NanoWlanState.WifiUnspecifiedFailure);
                return -OsErrno.ENOMEM;
            }
            return 0;
        }

        /// <summary>One WifiAdapter.Connect on a worker thread; its outcome counts only for its own generation.</summary>
        private sealed class Join
        {
            private readonly NanoWlan _owner;
            private readonly WifiAdapter _adapter;
            private readonly string _ssid;
            private readonly string _password;
            public readonly int Generation;

            public Join(NanoWlan owner, WifiAdapter adapter, string ssid, string password, int generation)
            {
                _owner = owner;
                _adapter = adapter;
                _ssid = ssid;
                _password = password;
                Generation = generation;
            }

            public void Run()
            {
                int result;
                try
                {
                    // DHCP unless ifconfig() chose a static address in this session (nanoFramework stores the
                    // address mode, so a static one from an earlier session would otherwise stay).
                    NetworkInterface ni = _owner.Nic();
                    if (ni != null && !_owner._static && !ni.IsDhcpEnabled)
                    {
                        ni.EnableDhcp();
                    }
                    WifiConnectionResult r = _adapter.Connect(_ssid, WifiReconnectionKind.Automatic, _password);
                    result = (int)r.ConnectionStatus;
                }
                catch (Exception)
                {
                    result = NanoWlanState.WifiUnspecifiedFailure;
                }
                _owner._state.Finish(Generation, result);
                _owner._hasIpKnown = false;
            }
        }

        /// <summary>config(essid=, password=) on the AP: stored for the soft AP the firmware starts at boot.</summary>
        private int ConfigureAp(string ssid, string password)
        {
            NetworkInterface ni = RequireNic();
            if (ssid.Length == 0 || ssid.Length > 31 || (password.Length > 0 && (password.Length < 8 || password.Length > 63)))
            {
                return -OsErrno.EINVAL;
            }
            try
            {
                WirelessAPConfiguration c = ApConfig(ni);
                c.Ssid = ssid;
                c.Password = password;
                c.Authentication = password.Length == 0 ? AuthenticationType.Open : AuthenticationType.WPA2;
                c.SaveConfiguration();
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "access point configuration");
            }
            return 0;
        }

        public void Disconnect()
        {
            if (_ap)
            {
                return;
            }
            _state.Disconnect();
            _hasIpKnown = false;
            try
            {
                if (_adapter != null || Nic() != null)
                {
                    Adapter().Disconnect();
                }
            }
            catch (Exception)
            {
                // No adapter: nothing to disconnect.
            }
        }

        public bool IsConnected
        {
            get { return !_ap && Active && _state.IsConnected(HasIp()); }
        }

        public int Status
        {
            get { return _ap ? NanoWlanState.StatIdle : _state.Status(HasIp()); }
        }

        public void GetIfconfig(int[] cfg)
        {
            cfg[0] = cfg[1] = cfg[2] = cfg[3] = 0;
            try
            {
                NetworkInterface ni = Nic();
                if (ni == null)
                {
                    return;
                }
                cfg[0] = NanoNetMapping.ParseOrZero(ni.IPv4Address);
                cfg[1] = NanoNetMapping.ParseOrZero(ni.IPv4SubnetMask);
                cfg[2] = NanoNetMapping.ParseOrZero(ni.IPv4GatewayAddress);
                string[] dns = ni.IPv4DnsAddresses;
                cfg[3] = dns != null && dns.Length > 0 ? NanoNetMapping.ParseOrZero(dns[0]) : 0;
            }
            catch (Exception)
            {
            }
        }

        public int SetIfconfig(int[] cfg)
        {
            NetworkInterface ni = RequireNic();
            try
            {
                ni.EnableStaticIPv4(NanoNetMapping.FormatIPv4(cfg[0]), NanoNetMapping.FormatIPv4(cfg[1]), NanoNetMapping.FormatIPv4(cfg[2]));
                if (cfg[3] != 0)
                {
                    ni.EnableStaticIPv4Dns(new string[] { NanoNetMapping.FormatIPv4(cfg[3]) });
                }
                _static = true;
                _hasIpKnown = false;
                return 0;
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "ifconfig()");
            }
        }

        public byte[] Mac
        {
            get
            {
                byte[] m = null;
                try
                {
                    NetworkInterface ni = Nic();
                    m = ni != null ? ni.PhysicalAddress : null;
                }
                catch (Exception)
                {
                    m = null;
                }
                byte[] r = new byte[6];
                if (m != null && m.Length >= 6)
                {
                    Array.Copy(m, r, 6);
                }
                return r;
            }
        }

        public string Ssid
        {
            get
            {
                if (!_ap)
                {
                    return _ssid;
                }
                try
                {
                    NetworkInterface ni = Nic();
                    string s = ni != null ? ApConfig(ni).Ssid : null;
                    return s != null ? s : "";
                }
                catch (Exception)
                {
                    return "";
                }
            }
        }

        public int Scan()
        {
            if (_ap)
            {
                return -OsErrno.EPERM;
            }
            WifiAdapter a = Adapter();
            _scanDone = false;
            a.AvailableNetworksChanged += OnScanDone;
            try
            {
                try
                {
                    a.ScanAsync();
                }
                catch (InvalidOperationException)
                {
                    // Wi-Fi not started (station disabled in the firmware configuration).
                    return -OsErrno.EPERM;
                }
                catch (Exception)
                {
                    // Busy (a connect or another scan runs) or failed.
                    return -OsErrno.EAGAIN;
                }
                int waited = 0;
                while (!_scanDone)
                {
                    if (waited >= ScanLimitMs)
                    {
                        return -OsErrno.ETIMEDOUT;
                    }
                    Thread.Sleep(SliceMs);
                    waited += SliceMs;
                    Vm.ServiceWait();
                }
                WifiAvailableNetwork[] found = a.NetworkReport.AvailableNetworks;
                _scan = found != null ? found : new WifiAvailableNetwork[0];
                return _scan.Length;
            }
            finally
            {
                a.AvailableNetworksChanged -= OnScanDone;
            }
        }

        private void OnScanDone(WifiAdapter sender, object e)
        {
            _scanDone = true;
        }

        public void ScanResult(int i, out string ssid, out byte[] bssid, out int channel, out int rssi, out int authmode, out bool hidden)
        {
            WifiAvailableNetwork n = _scan[i];
            ssid = n.Ssid != null ? n.Ssid : "";
            bssid = NanoNetMapping.ParseBssid(n.Bsid);
            channel = 0;
            rssi = NanoNetMapping.Rssi(n.NetworkRssiInDecibelMilliwatts);
            authmode = -1;
            hidden = ssid.Length == 0;
        }
    }
}
#endif
