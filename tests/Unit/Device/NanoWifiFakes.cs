// Test doubles of nanoFramework's Wi-Fi API with the shapes of the real packages (System.Net 1.11.54,
// System.Device.Wifi 1.5.147), so hal/NanoFramework/NanoWlan.cs compiles and runs in the unit tests (NanoWlanTests).
// They replace .NET's own System.Net.NetworkInformation.NetworkInterface(Type) in this assembly (warning CS0436).
// Behaviour follows the real code where the adapter depends on it: Connect blocks its caller and then reports a
// WifiConnectionStatus, the scan report arrives through AvailableNetworksChanged on another thread, addresses are
// dotted-quad strings ("0.0.0.0" when none), configurations are stored by SaveConfiguration.
using System.Net.NetworkInformation;
using System.Threading;

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
        public static NetworkInterface[] All = new NetworkInterface[0];
        public static int Enumerations;

        public NetworkInterfaceType Kind;
        public string Address = "0.0.0.0";
        public string Mask = "0.0.0.0";
        public string Gateway = "0.0.0.0";
        public string[] Dns = new string[0];
        public bool Dhcp = true;
        public int DhcpEnables;
        public byte[] Mac = new byte[] { 0x24, 0x0a, 0xc4, 0x12, 0xab, 0xff };

        public static NetworkInterface[] GetAllNetworkInterfaces()
        {
            Enumerations++;
            return (NetworkInterface[])All.Clone();
        }

        public byte[] PhysicalAddress
        {
            get { return Mac; }
        }

        public NetworkInterfaceType NetworkInterfaceType
        {
            get { return Kind; }
        }

        public uint SpecificConfigId
        {
            get { return 0; }
        }

        public string IPv4Address
        {
            get { return Address; }
        }

        public string IPv4SubnetMask
        {
            get { return Mask; }
        }

        public string IPv4GatewayAddress
        {
            get { return Gateway; }
        }

        public string[] IPv4DnsAddresses
        {
            get { return Dns; }
        }

        public bool IsDhcpEnabled
        {
            get { return Dhcp; }
        }

        public void EnableDhcp()
        {
            Dhcp = true;
            DhcpEnables++;
        }

        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress)
        {
            Dhcp = false;
            Address = ipv4Address;
            Mask = ipv4SubnetMask;
            Gateway = ipv4GatewayAddress;
        }

        public void EnableStaticIPv4Dns(string[] dnsAddresses)
        {
            if (dnsAddresses == null || dnsAddresses.Length == 0 || dnsAddresses.Length > 2)
            {
                throw new ArgumentException();
            }
            Dns = dnsAddresses;
        }
    }

    public class Wireless80211Configuration
    {
        public static Wireless80211Configuration[] All = new Wireless80211Configuration[0];

        public int Saves;

        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 0x01,
            Enable = 0x02,
            AutoConnect = 0x04 | Enable,
            SmartConfig = 0x08 | Enable,
        }

        public ConfigurationOptions Options { get; set; }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations()
        {
            return All;
        }

        public void SaveConfiguration()
        {
            Saves++;
        }
    }

    public class WirelessAPConfiguration
    {
        public static WirelessAPConfiguration[] All = new WirelessAPConfiguration[0];

        public int Saves;

        [Flags]
        public enum ConfigurationOptions : byte
        {
            None = 0,
            Disable = 0x01,
            Enable = 0x02,
            AutoStart = 0x04 | Enable,
            HiddenSSID = 0x08,
        }

        public AuthenticationType Authentication { get; set; }

        public string Password { get; set; }

        public string Ssid { get; set; }

        public ConfigurationOptions Options { get; set; }

        public static WirelessAPConfiguration[] GetAllWirelessAPConfigurations()
        {
            return All;
        }

        public void SaveConfiguration()
        {
            if (Ssid == null || Ssid.Length >= 32)
            {
                throw new ArgumentOutOfRangeException();
            }
            Saves++;
        }
    }
}

namespace System.Device.Wifi
{
    public enum WifiConnectionStatus
    {
        AccessRevoked,
        InvalidCredential,
        NetworkNotAvailable,
        Success,
        Timeout,
        UnspecifiedFailure,
        UnsupportedAuthenticationProtocol,
    }

    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }

    public delegate void AvailableNetworksChangedEventHandler(WifiAdapter sender, object e);

    public class WifiConnectionResult
    {
        internal WifiConnectionResult(WifiConnectionStatus status)
        {
            ConnectionStatus = status;
        }

        public WifiConnectionStatus ConnectionStatus { get; }
    }

    public class WifiAvailableNetwork
    {
        public string Bsid { get; set; }

        public string Ssid { get; set; }

        public double NetworkRssiInDecibelMilliwatts { get; set; }
    }

    public class WifiNetworkReport
    {
        internal WifiNetworkReport(WifiAvailableNetwork[] found)
        {
            AvailableNetworks = found;
        }

        public WifiAvailableNetwork[] AvailableNetworks { get; }
    }

    public sealed class WifiAdapter
    {
        public static WifiAdapter[] Adapters = new WifiAdapter[0];

        public WifiConnectionStatus NextResult = WifiConnectionStatus.Success;
        public int ConnectDelayMs = 30;
        public NetworkInterface Station;
        public string JoinedSsid;
        public string JoinedPassword;
        public WifiReconnectionKind JoinedKind;
        public int Connects;
        public int Disconnects;
        public int Scans;
        public Exception ScanFails;
        public WifiAvailableNetwork[] Found = new WifiAvailableNetwork[0];

        public event AvailableNetworksChangedEventHandler AvailableNetworksChanged;

        public bool ScanListening
        {
            get { return AvailableNetworksChanged != null; }
        }

        public WifiNetworkReport NetworkReport
        {
            get { return new WifiNetworkReport(Found); }
        }

        public static WifiAdapter[] FindAllAdapters()
        {
            return Adapters;
        }

        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential)
        {
            Thread.Sleep(ConnectDelayMs);
            Connects++;
            JoinedSsid = ssid;
            JoinedPassword = passwordCredential;
            JoinedKind = reconnectionKind;
            if (NextResult == WifiConnectionStatus.Success && Station != null && Station.Dhcp)
            {
                Station.Address = "192.168.1.50";
                Station.Mask = "255.255.255.0";
                Station.Gateway = "192.168.1.1";
                Station.Dns = new[] { "192.168.1.1" };
            }
            return new WifiConnectionResult(NextResult);
        }

        public void Disconnect()
        {
            Disconnects++;
            if (Station != null && Station.Dhcp)
            {
                Station.Address = "0.0.0.0";
            }
        }

        public void ScanAsync()
        {
            if (ScanFails != null)
            {
                throw ScanFails;
            }
            Scans++;
            new Thread(delegate ()
            {
                Thread.Sleep(30);
                AvailableNetworksChangedEventHandler h = AvailableNetworksChanged;
                if (h != null)
                {
                    h(this, new object());
                }
            }).Start();
        }
    }
}
