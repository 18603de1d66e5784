using System;
using System.Device.Wifi;
using System.IO;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading;
using MicroPy.Core;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Hal.NanoFramework;
using MicroPy.Modules;
using Xunit;

namespace MicroPy.Tests.Device
{
    /// <summary>
    /// network.WLAN through the ESP32 adapter (hal/NanoFramework/NanoWlan.cs) over test doubles of nanoFramework's
    /// Wi-Fi API (NanoWifiFakes.cs): connect() returns at once and the state follows the worker's outcome, scan()
    /// waits for the report event, ifconfig() reads and stores the interface's dotted quads, the access point is
    /// configured for the next boot with a clear OSError. The doubles model the documented behaviour, not a device.
    /// </summary>
    [Collection("Platform")]
    public class NanoWlanTests : IDisposable
    {
        private readonly MemoryStream _out = new MemoryStream();
        private readonly NetworkInterface _sta;
        private readonly NetworkInterface _ap;
        private readonly Wireless80211Configuration _staConfig;
        private readonly WirelessAPConfiguration _apConfig;
        private readonly WifiAdapter _adapter;

        public NanoWlanTests()
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), _out), Path.GetTempPath());
            Scheduler.Clear();
            _sta = new NetworkInterface { Kind = NetworkInterfaceType.Wireless80211 };
            _ap = new NetworkInterface { Kind = NetworkInterfaceType.WirelessAP, Mac = new byte[] { 0x24, 0x0a, 0xc4, 0x12, 0xab, 0xfe } };
            NetworkInterface.All = new[] { _sta, _ap };
            _staConfig = new Wireless80211Configuration { Options = Wireless80211Configuration.ConfigurationOptions.None };
            Wireless80211Configuration.All = new[] { _staConfig };
            _apConfig = new WirelessAPConfiguration { Options = WirelessAPConfiguration.ConfigurationOptions.None, Ssid = "nano_12abff" };
            WirelessAPConfiguration.All = new[] { _apConfig };
            _adapter = new WifiAdapter { Station = _sta };
            WifiAdapter.Adapters = new[] { _adapter };
            Platform.Network = new NanoNetwork();
            WlanObject.Reset();
        }

        public void Dispose()
        {
            Scheduler.Clear();
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            WlanObject.Reset();
        }

        private string Run(string src)
        {
            Interp interp = new Interp(ModuleRegistry.Instance);
            PyDict g = interp.NewGlobals("__main__");
            try
            {
                interp.ExecSource(src, "<test>", g);
            }
            catch (PyException e)
            {
                return Encoding.UTF8.GetString(_out.ToArray()) + Ops.TypeName(e.Value) + ": " + Ops.Str(e.Value) + "\n";
            }
            return Encoding.UTF8.GetString(_out.ToArray());
        }

        [Fact]
        public void StationConnectsWithoutBlocking()
        {
            _adapter.ConnectDelayMs = 200;
            string r = Run(
                "import network, utime\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "print(sta.active(), sta.isconnected(), sta.status())\n" +
                "sta.active(True)\n" +
                "print(sta.active())\n" +
                "t = utime.ticks_ms()\n" +
                "sta.connect('home', 'secret')\n" +
                "print(utime.ticks_diff(utime.ticks_ms(), t) < 150, sta.status() == network.STAT_CONNECTING, sta.isconnected())\n" +
                "while not sta.isconnected():\n" +
                "    pass\n" +
                "print(sta.status() == network.STAT_GOT_IP, sta.ifconfig())\n" +
                "print(sta.config('essid'), sta.config('mac'))\n" +
                "sta.disconnect()\n" +
                "print(sta.isconnected(), sta.status())\n");
            Assert.Equal(
                "False False 0\n" +
                "True\n" +
                "True True False\n" +
                "True ('192.168.1.50', '255.255.255.0', '192.168.1.1', '192.168.1.1')\n" +
                "home b'$\\n\\xc4\\x12\\xab\\xff'\n" +
                "False 0\n", r);
            Assert.Equal("home", _adapter.JoinedSsid);
            Assert.Equal("secret", _adapter.JoinedPassword);
            Assert.Equal(WifiReconnectionKind.Automatic, _adapter.JoinedKind);
            Assert.Equal(1, _adapter.Disconnects);
            Assert.Equal(Wireless80211Configuration.ConfigurationOptions.Enable, _staConfig.Options);
            Assert.Equal(1, _staConfig.Saves);
        }

        [Theory]
        [InlineData(WifiConnectionStatus.InvalidCredential, 2)]
        [InlineData(WifiConnectionStatus.NetworkNotAvailable, 3)]
        [InlineData(WifiConnectionStatus.Timeout, 4)]
        public void FailedJoinsReportTheirStatus(WifiConnectionStatus result, int stat)
        {
            _staConfig.Options = Wireless80211Configuration.ConfigurationOptions.Enable;
            _adapter.NextResult = result;
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "sta.connect('home', 'wrong')\n" +
                "while sta.status() == network.STAT_CONNECTING:\n" +
                "    pass\n" +
                "print(sta.status(), sta.isconnected())\n");
            Assert.Equal(stat + " False\n", r);
            Assert.Equal(0, _staConfig.Saves);
        }

        [Fact]
        public void AnInactiveStationRefusesToConnect()
        {
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "sta.connect('home', 'secret')\n");
            Assert.Equal("OSError: [Errno 1] STA must be active\n", r);
            Assert.Equal(0, _adapter.Connects);
        }

        [Fact]
        public void ScanWaitsForTheReport()
        {
            _staConfig.Options = Wireless80211Configuration.ConfigurationOptions.Enable;
            _adapter.Found = new[]
            {
                new WifiAvailableNetwork { Ssid = "home", Bsid = "24-0A-C4-00-00-01", NetworkRssiInDecibelMilliwatts = -61 },
                new WifiAvailableNetwork { Ssid = "", Bsid = "24-0A-C4-00-00-02", NetworkRssiInDecibelMilliwatts = -90 },
            };
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "for n in sta.scan():\n" +
                "    print(n)\n");
            Assert.Equal(
                "(b'home', b'$\\n\\xc4\\x00\\x00\\x01', 0, -61, -1, False)\n" +
                "(b'', b'$\\n\\xc4\\x00\\x00\\x02', 0, -90, -1, True)\n", r);
            Assert.Equal(1, _adapter.Scans);
            Assert.False(_adapter.ScanListening);
        }

        [Fact]
        public void AScanThatCannotStartIsAnOSError()
        {
            _staConfig.Options = Wireless80211Configuration.ConfigurationOptions.Enable;
            _adapter.ScanFails = new InvalidOperationException();
            Assert.Equal("OSError: 1\n", Run("import network\nnetwork.WLAN(network.STA_IF).scan()\n"));
            Assert.False(_adapter.ScanListening);
        }

        [Fact]
        public void StaticIfconfigIsKeptByConnect()
        {
            _staConfig.Options = Wireless80211Configuration.ConfigurationOptions.Enable;
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "sta.ifconfig(('10.0.0.7', '255.255.0.0', '10.0.0.1', '8.8.8.8'))\n" +
                "print(sta.ifconfig())\n" +
                "sta.connect('home', 'secret')\n" +
                "while sta.status() == network.STAT_CONNECTING:\n" +
                "    pass\n" +
                "print(sta.isconnected(), sta.ifconfig()[0])\n");
            Assert.Equal("('10.0.0.7', '255.255.0.0', '10.0.0.1', '8.8.8.8')\nTrue 10.0.0.7\n", r);
            Assert.False(_sta.Dhcp);
            Assert.Equal(0, _sta.DhcpEnables);
        }

        [Fact]
        public void AStoredStaticModeGoesBackToDhcpOnConnect()
        {
            _staConfig.Options = Wireless80211Configuration.ConfigurationOptions.Enable;
            _sta.Dhcp = false;
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "sta.connect('home', 'secret')\n" +
                "while not sta.isconnected():\n" +
                "    pass\n" +
                "print(sta.ifconfig()[0])\n");
            Assert.Equal("192.168.1.50\n", r);
            Assert.Equal(1, _sta.DhcpEnables);
        }

        [Fact]
        public void TheAccessPointIsConfiguredForTheNextBoot()
        {
            string r = Run(
                "import network\n" +
                "ap = network.WLAN(network.AP_IF)\n" +
                "print(ap.active(), ap.config('essid'))\n" +
                "ap.config(essid='MicroPy-AP', password='longpassword')\n" +
                "print(ap.config('essid'))\n" +
                "try:\n" +
                "    ap.active(True)\n" +
                "except OSError as e:\n" +
                "    print(e.args[0], 'machine.reset()' in e.args[1])\n" +
                "print(ap.active(), ap.isconnected(), ap.status())\n" +
                "print(ap.ifconfig())\n" +
                "print(ap.config('mac'))\n");
            Assert.Equal(
                "False nano_12abff\n" +
                "MicroPy-AP\n" +
                "1 True\n" +
                "False False 0\n" +
                "('192.168.4.1', '255.255.255.0', '192.168.4.1', '0.0.0.0')\n" +
                "b'$\\n\\xc4\\x12\\xab\\xfe'\n", r);
            Assert.Equal(WirelessAPConfiguration.ConfigurationOptions.AutoStart, _apConfig.Options);
            Assert.Equal(AuthenticationType.WPA2, _apConfig.Authentication);
            Assert.Equal("longpassword", _apConfig.Password);
            Assert.Equal(2, _apConfig.Saves);
        }

        [Fact]
        public void ARunningAccessPointIsSwitchedOffAtTheNextBoot()
        {
            _apConfig.Options = WirelessAPConfiguration.ConfigurationOptions.AutoStart;
            string r = Run(
                "import network\n" +
                "ap = network.WLAN(network.AP_IF)\n" +
                "print(ap.active())\n" +
                "ap.active(True)\n" +
                "try:\n" +
                "    ap.active(False)\n" +
                "except OSError as e:\n" +
                "    print(e.args[0], 'machine.reset()' in e.args[1])\n" +
                "ap.config(essid='x' * 40)\n");
            Assert.Equal("True\n1 True\nOSError: 22\n", r);
            Assert.Equal(WirelessAPConfiguration.ConfigurationOptions.None, _apConfig.Options);
        }

        [Fact]
        public void AFirmwareWithoutWifiSaysSo()
        {
            WifiAdapter.Adapters = new WifiAdapter[0];
            NetworkInterface.All = new NetworkInterface[0];
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "print(sta.active(), sta.isconnected(), sta.ifconfig())\n" +
                "sta.active(True)\n");
            Assert.Equal("False False ('0.0.0.0', '0.0.0.0', '0.0.0.0', '0.0.0.0')\n"
                + "OSError: [Errno 19] this firmware has no Wi-Fi station interface\n", r);
        }

        [Fact]
        public void IsConnectedPollsDoNotEnumerateInterfacesEachTime()
        {
            _staConfig.Options = Wireless80211Configuration.ConfigurationOptions.Enable;
            INetworkInterface sta = Platform.Network.Interface(0);
            int before = NetworkInterface.Enumerations;
            for (int i = 0; i < 1000; i++)
            {
                Assert.False(sta.IsConnected);
            }
            Assert.True(NetworkInterface.Enumerations - before < 20, "enumerations: " + (NetworkInterface.Enumerations - before));
        }
    }
}
