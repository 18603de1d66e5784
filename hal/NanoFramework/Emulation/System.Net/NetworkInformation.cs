// Package nanoFramework.System.Net 1.11.54, namespace System.Net.NetworkInformation, as far as network.WLAN
// (NanoWlan) and machine.unique_id() use it, over the emulated firmware's network state (EmulatedWifi). Shapes and
// enum values as in nanoframework/System.Net v1.11.54. As there, GetAllNetworkInterfaces and the Get...Configurations
// build new objects from the firmware's current state: a NetworkInterface is a snapshot, refreshed after each change
// it makes (ReloadSettings); EnableDhcp changes nothing when DHCP is already on; a configuration object changes the
// stored block only through SaveConfiguration, which validates the soft AP's as the library does.
// (Several types per file: a declaration set.)
using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace System.Net.NetworkInformation
{
    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }

    public enum AuthenticationType : byte
    {
        None = 0,
        EAP,
        PEAP,
        WCN,
        Open,
        Shared,
        WEP,
        WPA,
        WPA2,
    }

    public class NetworkInterface
    {
        private readonly int _index;
        private byte[] _mac;
        private string _address;
        private string _mask;
        private string _gateway;
        private string _dns;
        private bool _dhcp;

        internal NetworkInterface(int index)
        {
            _index = index;
            ReloadSettings();
        }

        private void ReloadSettings()
        {
            EmulatedWifi.Read(_index, out _mac, out _address, out _mask, out _gateway, out _dns, out _dhcp);
        }

        public static NetworkInterface[] GetAllNetworkInterfaces()
        {
            int count = EmulatedWifi.InterfaceCount;
            NetworkInterface[] all = new NetworkInterface[count];
            for (int i = 0; i < count; i++)
            {
                all[i] = new NetworkInterface(i);
            }
            return all;
        }

        public byte[] PhysicalAddress
        {
            get { return _mac; }
        }

        public NetworkInterfaceType NetworkInterfaceType
        {
            get { return _index == EmulatedWifi.Station ? NetworkInterfaceType.Wireless80211 : NetworkInterfaceType.WirelessAP; }
        }

        /// <summary>The index of the interface's Wi-Fi configuration block (one of each kind).</summary>
        public uint SpecificConfigId
        {
            get { return 0; }
        }

        public string IPv4Address
        {
            get { return _address; }
        }

        public string IPv4SubnetMask
        {
            get { return _mask; }
        }

        public string IPv4GatewayAddress
        {
            get { return _gateway; }
        }

        public string[] IPv4DnsAddresses
        {
            get { return _dns == "0.0.0.0" ? new string[0] : new string[] { _dns }; }
        }

        public bool IsDhcpEnabled
        {
            get { return _dhcp; }
        }

        public void EnableDhcp()
        {
            if (!_dhcp)
            {
                EmulatedWifi.EnableDhcp(_index);
            }
            ReloadSettings();
        }

        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress)
        {
            EmulatedWifi.SetStatic(_index, ipv4Address, ipv4SubnetMask, ipv4GatewayAddress);
            ReloadSettings();
        }

        public void EnableStaticIPv4Dns(string[] dnsAddresses)
        {
            if (dnsAddresses == null || dnsAddresses.Length == 0 || dnsAddresses.Length > 2)
            {
                throw new ArgumentException();
            }
            EmulatedWifi.SetDns(_index, dnsAddresses[0]);
            ReloadSettings();
        }
    }

    public class Wireless80211Configuration
    {
        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 0x01,
            Enable = 0x02,
            AutoConnect = 0x04 | Enable,
            SmartConfig = 0x08 | Enable,
        }

        private ConfigurationOptions _options;

        private Wireless80211Configuration()
        {
            _options = (ConfigurationOptions)EmulatedWifi.StationOptions;
        }

        public ConfigurationOptions Options
        {
            get { return _options; }
            set { _options = value; }
        }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations()
        {
            return !EmulatedWifi.HasWifi ? new Wireless80211Configuration[0] : new Wireless80211Configuration[] { new Wireless80211Configuration() };
        }

        public void SaveConfiguration()
        {
            EmulatedWifi.StationOptions = (byte)_options;
            EmulatedWifi.StationSaves++;
        }
    }

    public class WirelessAPConfiguration
    {
        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 0x01,
            Enable = 0x02,
            AutoStart = 0x04 | Enable,
            HiddenSSID = 0x08,
        }

        private AuthenticationType _authentication;
        private string _password;
        private string _ssid;
        private ConfigurationOptions _options;

        private WirelessAPConfiguration()
        {
            _authentication = (AuthenticationType)EmulatedWifi.ApAuthentication;
            _password = EmulatedWifi.ApPassword;
            _ssid = EmulatedWifi.ApSsid;
            _options = (ConfigurationOptions)EmulatedWifi.ApOptions;
        }

        public AuthenticationType Authentication
        {
            get { return _authentication; }
            set { _authentication = value; }
        }

        public string Password
        {
            get { return _password; }
            set { _password = value; }
        }

        public string Ssid
        {
            get { return _ssid; }
            set { _ssid = value; }
        }

        public ConfigurationOptions Options
        {
            get { return _options; }
            set { _options = value; }
        }

        public static WirelessAPConfiguration[] GetAllWirelessAPConfigurations()
        {
            return !EmulatedWifi.HasWifi ? new WirelessAPConfiguration[0] : new WirelessAPConfiguration[] { new WirelessAPConfiguration() };
        }

        /// <summary>Validates as the library does (SSID present and under 32 characters; with authentication, a
        /// password of 8 to 63 characters), then stores the block.</summary>
        public void SaveConfiguration()
        {
            if (_ssid == null)
            {
                throw new ArgumentNullException();
            }
            if (_ssid.Length >= 32)
            {
                throw new ArgumentOutOfRangeException();
            }
            if (_authentication != AuthenticationType.Open && _authentication != AuthenticationType.None
                && (_password == null || _password.Length < 8 || _password.Length >= 64))
            {
                throw new ArgumentOutOfRangeException();
            }
            EmulatedWifi.ApSsid = _ssid;
            EmulatedWifi.ApPassword = _password;
            EmulatedWifi.ApAuthentication = (byte)_authentication;
            EmulatedWifi.ApOptions = (byte)_options;
            EmulatedWifi.ApSaves++;
        }
    }
}
