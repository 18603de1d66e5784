// Package nanoFramework.System.Device.Wifi 1.5.147 (assembly System.Device.Wifi; ESP32 firmwares only) as far as
// network.WLAN's station (NanoWlan) uses it, over the emulated firmware's network state (EmulatedWifi). Shapes and enum
// values as in nanoframework/System.Device.Wifi v1.5.147; behaviour as there and in nf-interpreter
// targets/ESP32/_nanoCLR/System.Device.Wifi: FindAllAdapters makes one adapter per Wi-Fi station interface, Connect
// blocks until the join succeeds or fails, ScanAsync throws InvalidOperationException while the station is not started
// and raises AvailableNetworksChanged on another thread once the report is in; NetworkReport is the last scan's, its
// Bsid in BitConverter.ToString form. (Several types per file: a declaration set.)
using System;
using System.Collections;
using System.Threading;
using MicroPy.Hal.NanoFramework.Emulation;

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
        private readonly WifiConnectionStatus _status;

        internal WifiConnectionResult(WifiConnectionStatus status)
        {
            _status = status;
        }

        public WifiConnectionStatus ConnectionStatus
        {
            get { return _status; }
        }
    }

    public class WifiAvailableNetwork
    {
        private readonly string _bsid;
        private readonly string _ssid;
        private readonly double _rssi;

        internal WifiAvailableNetwork(string bsid, string ssid, double rssi)
        {
            _bsid = bsid;
            _ssid = ssid;
            _rssi = rssi;
        }

        public string Bsid
        {
            get { return _bsid; }
        }

        public string Ssid
        {
            get { return _ssid; }
        }

        public double NetworkRssiInDecibelMilliwatts
        {
            get { return _rssi; }
        }
    }

    public class WifiNetworkReport
    {
        private readonly WifiAvailableNetwork[] _found;

        internal WifiNetworkReport(WifiAvailableNetwork[] found)
        {
            _found = found;
        }

        public WifiAvailableNetwork[] AvailableNetworks
        {
            get { return _found; }
        }
    }

    public sealed class WifiAdapter
    {
        /// <summary>Every adapter made (the library's event listener dispatches scan events to them).</summary>
        private static readonly ArrayList s_adapters = new ArrayList();
        private static WifiAvailableNetwork[] s_report = new WifiAvailableNetwork[0];
        private readonly object _sync = new object();

        private WifiAdapter()
        {
            lock (s_adapters)
            {
                s_adapters.Add(this);
            }
        }

        public event AvailableNetworksChangedEventHandler AvailableNetworksChanged;

        /// <summary>Whether any adapter still has a scan handler attached.</summary>
        internal static bool AnyListening
        {
            get
            {
                lock (s_adapters)
                {
                    for (int i = 0; i < s_adapters.Count; i++)
                    {
                        if (((WifiAdapter)s_adapters[i]).AvailableNetworksChanged != null)
                        {
                            return true;
                        }
                    }
                    return false;
                }
            }
        }

        public WifiNetworkReport NetworkReport
        {
            get { return new WifiNetworkReport(s_report); }
        }

        public static WifiAdapter[] FindAllAdapters()
        {
            return EmulatedWifi.HasWifi ? new WifiAdapter[] { new WifiAdapter() } : new WifiAdapter[0];
        }

        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential)
        {
            if (ssid == null || passwordCredential == null)
            {
                throw new ArgumentNullException();
            }
            lock (_sync)
            {
                return new WifiConnectionResult(EmulatedWifi.Join(ssid, passwordCredential, (int)reconnectionKind));
            }
        }

        public void Disconnect()
        {
            EmulatedWifi.Leave();
        }

        public void ScanAsync()
        {
            if (!EmulatedWifi.StartScan())
            {
                throw new InvalidOperationException();
            }
            new Thread(Scan).Start();
        }

        private void Scan()
        {
            Thread.Sleep(EmulatedWifi.ScanMs);
            object[] air = EmulatedWifi.Air();
            WifiAvailableNetwork[] found = new WifiAvailableNetwork[air.Length];
            for (int i = 0; i < air.Length; i++)
            {
                object[] ap = (object[])air[i];
                found[i] = new WifiAvailableNetwork(Bssid((byte[])ap[1]), (string)ap[0], (int)ap[2]);
            }
            s_report = found;
            AvailableNetworksChangedEventHandler h = AvailableNetworksChanged;
            if (h != null)
            {
                h(this, new object());
            }
        }

        /// <summary>"24-0A-C4-00-00-01" (BitConverter.ToString of the six bytes).</summary>
        private static string Bssid(byte[] b)
        {
            const string hex = "0123456789ABCDEF";
            char[] c = new char[17];
            for (int i = 0; i < 6; i++)
            {
                c[i * 3] = hex[b[i] >> 4];
                c[i * 3 + 1] = hex[b[i] & 15];
                if (i < 5)
                {
                    c[i * 3 + 2] = '-';
                }
            }
            return new string(c);
        }
    }
}
