using System;
using System.Device.Wifi;
using System.IO;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Hal.NanoFramework;
using MicroPy.Hal.NanoFramework.Emulation;
using MicroPy.Modules;
using Xunit;

namespace MicroPy.Tests.Device
{
    /// <summary>
    /// network.WLAN through the ESP32 adapter (hal/NanoFramework/NanoWlan.cs) over the emulated nanoFramework Wi-Fi
    /// API (hal/NanoFramework/Emulation: System.Net.NetworkInformation, System.Device.Wifi, EmulatedWifi): connect()
    /// returns at once and the state follows the worker's outcome, scan() waits for the report event, ifconfig() reads
    /// and stores the interface's dotted quads, the access point is configured for the next boot with a clear OSError.
    /// </summary>
    [Collection("Platform")]
    public class NanoWlanTests : IDisposable
    {
        private readonly MemoryStream _out = new MemoryStream();

        public NanoWlanTests()
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), _out), Path.GetTempPath());
            Scheduler.Clear();
            EmulatedWifi.Reset(true);
            EmulatedWifi.AddAccessPoint("home", new byte[] { 0x24, 0x0a, 0xc4, 0, 0, 1 }, -61, "secret", true, "192.168.1.50", "255.255.255.0", "192.168.1.1");
            StationOptions(Wireless80211Configuration.ConfigurationOptions.None);
            Platform.Network = new NanoNetwork();
            WlanObject.Reset();
        }

        public void Dispose()
        {
            Scheduler.Clear();
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), new MemoryStream()), Path.GetTempPath());
            WlanObject.Reset();
            EmulatedWifi.Reset(true);
        }

        /// <summary>Stores the station's configuration block as an earlier session would have; the save counters restart.</summary>
        private static void StationOptions(Wireless80211Configuration.ConfigurationOptions options)
        {
            Wireless80211Configuration c = Wireless80211Configuration.GetAllWireless80211Configurations()[0];
            c.Options = options;
            c.SaveConfiguration();
            EmulatedWifi.StationSaves = 0;
        }

        private static Wireless80211Configuration.ConfigurationOptions StoredStationOptions()
        {
            return Wireless80211Configuration.GetAllWireless80211Configurations()[0].Options;
        }

        private static WirelessAPConfiguration StoredAp()
        {
            return WirelessAPConfiguration.GetAllWirelessAPConfigurations()[0];
        }

        private static bool StationDhcp()
        {
            return NetworkInterface.GetAllNetworkInterfaces()[0].IsDhcpEnabled;
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
            EmulatedWifi.JoinMs = 200;
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
                "home b'$\\n\\xc4\\x124V'\n" +
                "False 0\n", r);
            Assert.Equal("home", EmulatedWifi.LastJoinSsid);
            Assert.Equal("secret", EmulatedWifi.LastJoinPassword);
            Assert.Equal((int)WifiReconnectionKind.Automatic, EmulatedWifi.LastJoinKind);
            Assert.Equal(1, EmulatedWifi.Disconnects);
            Assert.Equal(Wireless80211Configuration.ConfigurationOptions.Enable, StoredStationOptions());
            Assert.Equal(1, EmulatedWifi.StationSaves);
        }

        [Theory]
        [InlineData("home", 2)]
        [InlineData("away", 3)]
        [InlineData("quiet", 4)]
        public void FailedJoinsReportTheirStatus(string ssid, int stat)
        {
            StationOptions(Wireless80211Configuration.ConfigurationOptions.Enable);
            EmulatedWifi.AddAccessPoint("quiet", new byte[] { 0x24, 0x0a, 0xc4, 0, 0, 3 }, -70, "wrong", false, "10.1.1.9", "255.0.0.0", "10.0.0.1");
            EmulatedWifi.JoinTimeoutMs = 100;
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "sta.connect('" + ssid + "', 'wrong')\n" +
                "while sta.status() == network.STAT_CONNECTING:\n" +
                "    pass\n" +
                "print(sta.status(), sta.isconnected())\n");
            Assert.Equal(stat + " False\n", r);
            Assert.Equal(0, EmulatedWifi.StationSaves);
        }

        [Fact]
        public void AnInactiveStationRefusesToConnect()
        {
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "sta.connect('home', 'secret')\n");
            Assert.Equal("OSError: [Errno 1] STA must be active\n", r);
            Assert.Equal(0, EmulatedWifi.Connects);
        }

        [Fact]
        public void ScanWaitsForTheReport()
        {
            StationOptions(Wireless80211Configuration.ConfigurationOptions.Enable);
            EmulatedWifi.AddAccessPoint("", new byte[] { 0x24, 0x0a, 0xc4, 0, 0, 2 }, -90, null, true, "10.1.1.9", "255.0.0.0", "10.0.0.1");
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "for n in sta.scan():\n" +
                "    print(n)\n");
            Assert.Equal(
                "(b'home', b'$\\n\\xc4\\x00\\x00\\x01', 0, -61, -1, False)\n" +
                "(b'', b'$\\n\\xc4\\x00\\x00\\x02', 0, -90, -1, True)\n", r);
            Assert.Equal(1, EmulatedWifi.Scans);
            Assert.False(WifiAdapter.AnyListening);
        }

        [Fact]
        public void AScanThatCannotStartIsAnOSError()
        {
            // The station is enabled but the radio did not start: ScanAsync throws InvalidOperationException.
            StationOptions(Wireless80211Configuration.ConfigurationOptions.Enable);
            EmulatedWifi.RadioStarted = false;
            Assert.Equal("OSError: 1\n", Run("import network\nnetwork.WLAN(network.STA_IF).scan()\n"));
            Assert.Equal(0, EmulatedWifi.Scans);
            Assert.False(WifiAdapter.AnyListening);
        }

        [Fact]
        public void StaticIfconfigIsKeptByConnect()
        {
            StationOptions(Wireless80211Configuration.ConfigurationOptions.Enable);
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
            Assert.False(StationDhcp());
            Assert.Equal(0, EmulatedWifi.DhcpEnables);
        }

        [Fact]
        public void AStoredStaticModeGoesBackToDhcpOnConnect()
        {
            StationOptions(Wireless80211Configuration.ConfigurationOptions.Enable);
            NetworkInterface.GetAllNetworkInterfaces()[0].EnableStaticIPv4("10.9.9.9", "255.0.0.0", "10.0.0.1");
            string r = Run(
                "import network\n" +
                "sta = network.WLAN(network.STA_IF)\n" +
                "sta.connect('home', 'secret')\n" +
                "while not sta.isconnected():\n" +
                "    pass\n" +
                "print(sta.ifconfig()[0])\n");
            Assert.Equal("192.168.1.50\n", r);
            Assert.Equal(1, EmulatedWifi.DhcpEnables);
            Assert.True(StationDhcp());
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
                "False nano_123456\n" +
                "MicroPy-AP\n" +
                "1 True\n" +
                "False False 0\n" +
                "('192.168.4.1', '255.255.255.0', '192.168.4.1', '0.0.0.0')\n" +
                "b'$\\n\\xc4\\x124W'\n", r);
            Assert.Equal(WirelessAPConfiguration.ConfigurationOptions.AutoStart, StoredAp().Options);
            Assert.Equal(AuthenticationType.WPA2, StoredAp().Authentication);
            Assert.Equal("longpassword", StoredAp().Password);
            Assert.Equal(2, EmulatedWifi.ApSaves);
        }

        [Fact]
        public void ARunningAccessPointIsSwitchedOffAtTheNextBoot()
        {
            WirelessAPConfiguration c = StoredAp();
            c.Options = WirelessAPConfiguration.ConfigurationOptions.AutoStart;
            c.SaveConfiguration();
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
            Assert.Equal(WirelessAPConfiguration.ConfigurationOptions.None, StoredAp().Options);
        }

        [Fact]
        public void AFirmwareWithoutWifiSaysSo()
        {
            EmulatedWifi.Reset(false);
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
            StationOptions(Wireless80211Configuration.ConfigurationOptions.Enable);
            INetworkInterface sta = Platform.Network.Interface(0);
            int before = EmulatedWifi.Enumerations;
            for (int i = 0; i < 1000; i++)
            {
                Assert.False(sta.IsConnected);
            }
            Assert.True(EmulatedWifi.Enumerations - before < 20, "enumerations: " + (EmulatedWifi.Enumerations - before));
        }
    }
}
