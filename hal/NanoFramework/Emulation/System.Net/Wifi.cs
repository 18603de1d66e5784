// Emulated board without Wi-Fi hardware: package nanoFramework.System.Device.Wifi 1.5.147 (assembly
// System.Device.Wifi; ESP32 firmwares only) as far as network.WLAN's station (NanoWlan) uses it. Shapes and enum
// values as in nanoframework/System.Device.Wifi v1.5.147; calls throw NotSupportedException (the adapters report
// OSError(ENODEV)). (Several types per file: a declaration set.)
using System;

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
        private WifiConnectionResult()
        {
        }

        public WifiConnectionStatus ConnectionStatus
        {
            get { throw new NotSupportedException(); }
        }
    }

    public class WifiAvailableNetwork
    {
        public string Bsid
        {
            get { throw new NotSupportedException(); }
        }

        public string Ssid
        {
            get { throw new NotSupportedException(); }
        }

        public double NetworkRssiInDecibelMilliwatts
        {
            get { throw new NotSupportedException(); }
        }
    }

    public class WifiNetworkReport
    {
        private WifiNetworkReport()
        {
        }

        public WifiAvailableNetwork[] AvailableNetworks
        {
            get { throw new NotSupportedException(); }
        }
    }

    public sealed class WifiAdapter
    {
        private WifiAdapter()
        {
        }

        public event AvailableNetworksChangedEventHandler AvailableNetworksChanged;

        public WifiNetworkReport NetworkReport
        {
            get { throw new NotSupportedException(); }
        }

        public static WifiAdapter[] FindAllAdapters()
        {
            throw new NotSupportedException();
        }

        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential)
        {
            throw new NotSupportedException();
        }

        public void Disconnect()
        {
            throw new NotSupportedException();
        }

        public void ScanAsync()
        {
            throw new NotSupportedException();
        }
    }
}
