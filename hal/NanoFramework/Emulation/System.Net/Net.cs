// Emulated board without a network: package nanoFramework.System.Net 1.11.54 (assembly System.Net; namespaces
// System.Net, System.Net.Sockets, System.Net.NetworkInformation) as far as usocket (NanoSocket, NanoSocketStack),
// network.WLAN (NanoWlan) and machine.unique_id() use it. Shapes and enum values as in nanoframework/System.Net
// v1.11.54. The emulated chip has one network interface (its MAC serves unique_id) and no IP stack: socket calls throw
// NotSupportedException, which the adapters report as OSError(ENODEV). (Several types per file: a declaration set.)
using System;

namespace System.Net
{
    public abstract class EndPoint
    {
    }

    public class IPAddress
    {
        public byte[] GetAddressBytes()
        {
            throw new NotSupportedException();
        }

        public System.Net.Sockets.AddressFamily AddressFamily
        {
            get { throw new NotSupportedException(); }
        }
    }

    public class IPEndPoint : EndPoint
    {
        public IPEndPoint(long address, int port)
        {
            throw new NotSupportedException();
        }

        public IPAddress Address
        {
            get { throw new NotSupportedException(); }
        }

        public int Port
        {
            get { throw new NotSupportedException(); }
        }
    }

    public class IPHostEntry
    {
        public IPAddress[] AddressList
        {
            get { throw new NotSupportedException(); }
        }
    }

    public static class Dns
    {
        public static IPHostEntry GetHostEntry(string hostNameOrAddress)
        {
            throw new NotSupportedException();
        }
    }
}

namespace System.Net.Sockets
{
    public enum AddressFamily
    {
        InterNetwork = 2,
    }

    public enum SocketType
    {
        Stream = 1,
        Dgram = 2,
    }

    public enum ProtocolType
    {
        Tcp = 6,
        Udp = 17,
    }

    public enum SelectMode
    {
        SelectRead = 0,
        SelectWrite = 1,
        SelectError = 2,
    }

    [Flags]
    public enum SocketFlags
    {
        None = 0x0000,
    }

    public enum SocketOptionLevel
    {
        Tcp = 6,
        Socket = 0xffff,
    }

    public enum SocketOptionName
    {
        NoDelay = 1,
        ReuseAddress = 0x0004,
        KeepAlive = 0x0008,
        Broadcast = 0x0020,
        Error = 0x1007,
    }

    public class SocketException : Exception
    {
        public int ErrorCode
        {
            get { throw new NotSupportedException(); }
        }
    }

    public class Socket
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType)
        {
            throw new NotSupportedException();
        }

        public int Available
        {
            get { throw new NotSupportedException(); }
        }

        public EndPoint LocalEndPoint
        {
            get { throw new NotSupportedException(); }
        }

        public EndPoint RemoteEndPoint
        {
            get { throw new NotSupportedException(); }
        }

        public void Bind(EndPoint localEP)
        {
            throw new NotSupportedException();
        }

        public void Connect(EndPoint remoteEP)
        {
            throw new NotSupportedException();
        }

        public void Close()
        {
            throw new NotSupportedException();
        }

        public void Listen(int backlog)
        {
            throw new NotSupportedException();
        }

        public Socket Accept()
        {
            throw new NotSupportedException();
        }

        public int Send(byte[] buffer, int offset, int size, SocketFlags socketFlags)
        {
            throw new NotSupportedException();
        }

        public int SendTo(byte[] buffer, int offset, int size, SocketFlags socketFlags, EndPoint remoteEP)
        {
            throw new NotSupportedException();
        }

        public int Receive(byte[] buffer, int offset, int size, SocketFlags socketFlags)
        {
            throw new NotSupportedException();
        }

        public int ReceiveFrom(byte[] buffer, int offset, int size, SocketFlags socketFlags, ref EndPoint remoteEP)
        {
            throw new NotSupportedException();
        }

        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, int optionValue)
        {
            throw new NotSupportedException();
        }

        public object GetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName)
        {
            throw new NotSupportedException();
        }

        public bool Poll(int microSeconds, SelectMode mode)
        {
            throw new NotSupportedException();
        }
    }
}

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
        public static NetworkInterface[] GetAllNetworkInterfaces()
        {
            return new NetworkInterface[] { new NetworkInterface() };
        }

        /// <summary>The emulated station MAC (Espressif OUI 24:0A:C4).</summary>
        public byte[] PhysicalAddress
        {
            get { return new byte[] { 0x24, 0x0A, 0xC4, 0x12, 0x34, 0x56 }; }
        }

        public NetworkInterfaceType NetworkInterfaceType
        {
            get { throw new NotSupportedException(); }
        }

        public uint SpecificConfigId
        {
            get { throw new NotSupportedException(); }
        }

        public string IPv4Address
        {
            get { throw new NotSupportedException(); }
        }

        public string IPv4SubnetMask
        {
            get { throw new NotSupportedException(); }
        }

        public string IPv4GatewayAddress
        {
            get { throw new NotSupportedException(); }
        }

        public string[] IPv4DnsAddresses
        {
            get { throw new NotSupportedException(); }
        }

        public bool IsDhcpEnabled
        {
            get { throw new NotSupportedException(); }
        }

        public void EnableDhcp()
        {
            throw new NotSupportedException();
        }

        public void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress)
        {
            throw new NotSupportedException();
        }

        public void EnableStaticIPv4Dns(string[] dnsAddresses)
        {
            throw new NotSupportedException();
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

        public ConfigurationOptions Options
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public static Wireless80211Configuration[] GetAllWireless80211Configurations()
        {
            throw new NotSupportedException();
        }

        public void SaveConfiguration()
        {
            throw new NotSupportedException();
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

        public AuthenticationType Authentication
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public string Password
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public string Ssid
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public ConfigurationOptions Options
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public static WirelessAPConfiguration[] GetAllWirelessAPConfigurations()
        {
            throw new NotSupportedException();
        }

        public void SaveConfiguration()
        {
            throw new NotSupportedException();
        }
    }
}
