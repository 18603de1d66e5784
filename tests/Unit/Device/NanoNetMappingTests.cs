using System.Net;
using System.Net.Sockets;
using MicroPy.Hal;
using MicroPy.Hal.NanoFramework;
using Xunit;

namespace MicroPy.Tests.Device
{
    /// <summary>The nanoFramework network adapter's pure rules: address packing, error codes, socket options,
    /// dotted quads, scan fields and the station's connection state.</summary>
    public class NanoNetMappingTests
    {
        [Theory]
        [InlineData(0x7f000001, "127.0.0.1")]
        [InlineData(0, "0.0.0.0")]
        [InlineData(unchecked((int)0xc0a80401), "192.168.4.1")]
        [InlineData(-1, "255.255.255.255")]
        [InlineData(0x0a000102, "10.0.1.2")]
        public void PackedAddressesBecomeIPAddressLongs(int ip, string text)
        {
            // .NET's IPAddress(long) has the layout of nanoFramework's (network byte order in memory).
            long nf = NanoNetMapping.ToNfAddress(ip);
            Assert.True(nf >= 0 && nf <= 0xffffffffL);
            IPEndPoint ep = new IPEndPoint(nf, 80);
            Assert.Equal(text, ep.Address.ToString());
            Assert.Equal(ip, NanoNetMapping.FromAddressBytes(ep.Address.GetAddressBytes()));
        }

        [Fact]
        public void OnlyFourByteAddressesUnpack()
        {
            Assert.Equal(0, NanoNetMapping.FromAddressBytes(null));
            Assert.Equal(0, NanoNetMapping.FromAddressBytes(new byte[16]));
        }

        [Theory]
        [InlineData(10035, false, OsErrno.EAGAIN)]
        [InlineData(10036, false, OsErrno.EINPROGRESS)]
        [InlineData(10061, false, OsErrno.ECONNREFUSED)]
        [InlineData(10054, true, OsErrno.ECONNRESET)]
        [InlineData(10053, true, OsErrno.ECONNABORTED)]
        [InlineData(10060, false, OsErrno.ETIMEDOUT)]
        [InlineData(10048, false, OsErrno.EADDRINUSE)]
        [InlineData(10049, false, OsErrno.EADDRNOTAVAIL)]
        [InlineData(10051, false, OsErrno.ENETUNREACH)]
        [InlineData(10065, false, OsErrno.EHOSTUNREACH)]
        [InlineData(10055, true, OsErrno.ENOBUFS)]
        [InlineData(10040, true, OsErrno.EMSGSIZE)]
        [InlineData(10042, false, OsErrno.ENOPROTOOPT)]
        [InlineData(10057, true, OsErrno.ENOTCONN)]
        [InlineData(10056, false, OsErrno.EISCONN)]
        [InlineData(10056, true, OsErrno.ENOTCONN)] // lwIP's ENOTCONN arrives as WSAEISCONN in nanoFramework
        [InlineData(11001, false, OsErrno.ENOENT)] // HostNotFound
        [InlineData(11004, false, OsErrno.ENOENT)] // NoData (lwIP ENODATA)
        [InlineData(12, false, OsErrno.ENOMEM)] // raw errno passed through
        [InlineData(32, true, OsErrno.EPIPE)]
        [InlineData(104, true, OsErrno.EIO)] // raw, numbering differs between newlib and Linux
        [InlineData(-1, false, OsErrno.EIO)] // SocketError.SocketError
        [InlineData(0, false, OsErrno.EIO)] // an exception always carries an error
        [InlineData(12345, false, OsErrno.EIO)]
        public void SocketErrorCodesBecomeErrno(int code, bool transfer, int errno)
        {
            Assert.Equal(errno, NanoNetMapping.Errno(code, transfer));
        }

        [Theory]
        [InlineData(10061, 0, OsErrno.ECONNREFUSED)] // a meaningful thrown code wins
        [InlineData(10060, 111, OsErrno.ETIMEDOUT)]
        [InlineData(10035, 111, OsErrno.ECONNREFUSED)] // Poll's stale WouldBlock: SO_ERROR decides
        [InlineData(10035, 10061, OsErrno.ECONNREFUSED)]
        [InlineData(10036, 104, OsErrno.ECONNRESET)]
        [InlineData(-1, 116, OsErrno.ETIMEDOUT)] // newlib ETIMEDOUT
        [InlineData(0, 110, OsErrno.ETIMEDOUT)] // Linux/lwIP ETIMEDOUT
        [InlineData(10035, 113, OsErrno.EIO)] // ECONNABORTED in newlib, EHOSTUNREACH in Linux numbering
        [InlineData(10035, 0, OsErrno.EIO)]
        public void ConnectFailuresPreferThePendingSocketError(int thrown, int soError, int errno)
        {
            Assert.Equal(errno, NanoNetMapping.ConnectFailure(thrown, soError));
        }

        [Fact]
        public void TruncationAndSocketErrorCodesAreNanoFrameworks()
        {
            Assert.Equal((int)SocketOptionName.Error, NanoNetMapping.NfError);
            Assert.Equal((int)SocketOptionLevel.Socket, NanoNetMapping.NfLevelSocket);
            Assert.True(NanoNetMapping.IsTruncation((int)SocketError.MessageSize));
            Assert.False(NanoNetMapping.IsTruncation((int)SocketError.WouldBlock));
        }

        [Theory]
        [InlineData(1, 2, true, (int)SocketOptionLevel.Socket, (int)SocketOptionName.ReuseAddress)]
        [InlineData(1, 9, true, (int)SocketOptionLevel.Socket, (int)SocketOptionName.KeepAlive)]
        [InlineData(1, 6, false, (int)SocketOptionLevel.Socket, (int)SocketOptionName.Broadcast)]
        [InlineData(6, 1, true, (int)SocketOptionLevel.Tcp, (int)SocketOptionName.NoDelay)]
        public void UsocketOptionsMapToSystemNetOptions(int level, int name, bool stream, int nfLevel, int nfName)
        {
            // nanoFramework's SocketOptionLevel/SocketOptionName values equal .NET's for these.
            int l;
            int n;
            Assert.True(NanoNetMapping.Option(level, name, stream, out l, out n));
            Assert.Equal(nfLevel, l);
            Assert.Equal(nfName, n);
        }

        [Theory]
        [InlineData(6, 1, false)]
        [InlineData(1, 99, true)]
        [InlineData(0, 2, true)]
        [InlineData(17, 1, false)]
        public void UnknownOptionsAreRefused(int level, int name, bool stream)
        {
            int l;
            int n;
            Assert.False(NanoNetMapping.Option(level, name, stream, out l, out n));
        }

        [Theory]
        [InlineData("127.0.0.1", 0x7f000001)]
        [InlineData("0.0.0.0", 0)]
        [InlineData("255.255.255.255", -1)]
        [InlineData("192.168.4.1", unchecked((int)0xc0a80401))]
        [InlineData("010.1.1.1", 0x0a010101)]
        public void DottedQuadsParse(string s, int ip)
        {
            int r;
            Assert.True(NanoNetMapping.TryParseIPv4(s, out r));
            Assert.Equal(ip, r);
            Assert.Equal(ip, NanoNetMapping.ParseOrZero(s));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("localhost")]
        [InlineData("1.2.3")]
        [InlineData("1.2.3.4.5")]
        [InlineData("256.1.1.1")]
        [InlineData("1..2.3")]
        [InlineData("1.2.3.")]
        [InlineData(".1.2.3")]
        [InlineData("1.2.3.4 ")]
        [InlineData("-1.2.3.4")]
        [InlineData("1.2.3.0004")]
        [InlineData("example.com")]
        public void OtherTextIsNotAnAddress(string s)
        {
            int r;
            Assert.False(NanoNetMapping.TryParseIPv4(s, out r));
            Assert.Equal(0, NanoNetMapping.ParseOrZero(s));
        }

        [Theory]
        [InlineData(0x7f000001, "127.0.0.1")]
        [InlineData(0, "0.0.0.0")]
        [InlineData(-1, "255.255.255.255")]
        [InlineData(unchecked((int)0xc0a80a64), "192.168.10.100")]
        [InlineData(0x0a00ff09, "10.0.255.9")]
        public void AddressesFormatAsDottedQuads(int ip, string s)
        {
            Assert.Equal(s, NanoNetMapping.FormatIPv4(ip));
            Assert.Equal(ip, NanoNetMapping.ParseOrZero(NanoNetMapping.FormatIPv4(ip)));
        }

        [Fact]
        public void ScanBssidTextBecomesBytes()
        {
            Assert.Equal(new byte[] { 0x24, 0x0a, 0xc4, 0x12, 0xab, 0xff }, NanoNetMapping.ParseBssid("24-0A-C4-12-AB-FF"));
            Assert.Equal(new byte[] { 0x24, 0x0a, 0xc4, 0x12, 0xab, 0xff }, NanoNetMapping.ParseBssid("24:0a:c4:12:ab:ff"));
            Assert.Equal(new byte[6], NanoNetMapping.ParseBssid(null));
            Assert.Equal(new byte[6], NanoNetMapping.ParseBssid(""));
            Assert.Equal(new byte[6], NanoNetMapping.ParseBssid("24-0A-C4-12-AB"));
            Assert.Equal(new byte[6], NanoNetMapping.ParseBssid("24-0A-C4-12-AB-FG"));
            Assert.Equal(new byte[6], NanoNetMapping.ParseBssid("24_0A_C4_12_AB_FF"));
        }

        [Fact]
        public void RssiIsWholeDbm()
        {
            Assert.Equal(-67, NanoNetMapping.Rssi(-67.0));
            Assert.Equal(-128, NanoNetMapping.Rssi(-128.0));
            Assert.Equal(0, NanoNetMapping.Rssi(double.NaN));
            Assert.Equal(0, NanoNetMapping.Rssi(-1000.0));
        }

        // ---- the station's state ----

        [Fact]
        public void AtBootTheInterfaceAddressDecides()
        {
            NanoWlanState s = new NanoWlanState();
            Assert.Equal(NanoWlanState.StatIdle, s.Status(false));
            Assert.False(s.IsConnected(false));
            // The firmware joined a stored network by itself.
            Assert.Equal(NanoWlanState.StatGotIp, s.Status(true));
            Assert.True(s.IsConnected(true));
        }

        [Fact]
        public void ConnectRunsThenWaitsForDhcp()
        {
            NanoWlanState s = new NanoWlanState();
            int g = s.Begin();
            Assert.True(s.Connecting);
            Assert.Equal(NanoWlanState.StatConnecting, s.Status(false));
            Assert.False(s.IsConnected(true)); // an old address does not count while joining
            s.Finish(g, NanoWlanState.WifiSuccess);
            Assert.False(s.Connecting);
            Assert.Equal(NanoWlanState.StatConnecting, s.Status(false));
            Assert.False(s.IsConnected(false));
            Assert.Equal(NanoWlanState.StatGotIp, s.Status(true));
            Assert.True(s.IsConnected(true));
        }

        [Theory]
        [InlineData(NanoWlanState.WifiInvalidCredential, NanoWlanState.StatWrongPassword)]
        [InlineData(NanoWlanState.WifiNetworkNotAvailable, NanoWlanState.StatNoApFound)]
        [InlineData(NanoWlanState.WifiTimeout, NanoWlanState.StatConnectFail)]
        [InlineData(NanoWlanState.WifiUnspecifiedFailure, NanoWlanState.StatConnectFail)]
        [InlineData(NanoWlanState.WifiAccessRevoked, NanoWlanState.StatConnectFail)]
        [InlineData(NanoWlanState.WifiUnsupportedAuthenticationProtocol, NanoWlanState.StatConnectFail)]
        public void FailuresReportTheirStatus(int wifi, int stat)
        {
            NanoWlanState s = new NanoWlanState();
            s.Finish(s.Begin(), wifi);
            Assert.Equal(stat, s.Status(false));
            Assert.Equal(stat, s.Status(true));
            Assert.False(s.IsConnected(true));
        }

        [Fact]
        public void WifiConnectionStatusValuesMatchTheDeclarationOrder()
        {
            // System.Device.Wifi.WifiConnectionStatus: AccessRevoked, InvalidCredential, NetworkNotAvailable,
            // Success, Timeout, UnspecifiedFailure, UnsupportedAuthenticationProtocol.
            Assert.Equal(new[] { 0, 1, 2, 3, 4, 5, 6 }, new[]
            {
                NanoWlanState.WifiAccessRevoked, NanoWlanState.WifiInvalidCredential, NanoWlanState.WifiNetworkNotAvailable,
                NanoWlanState.WifiSuccess, NanoWlanState.WifiTimeout, NanoWlanState.WifiUnspecifiedFailure,
                NanoWlanState.WifiUnsupportedAuthenticationProtocol,
            });
        }

        [Fact]
        public void DisconnectAndNewerConnectsOutdateAWorker()
        {
            NanoWlanState s = new NanoWlanState();
            int first = s.Begin();
            s.Disconnect();
            s.Finish(first, NanoWlanState.WifiSuccess);
            Assert.Equal(NanoWlanState.StatIdle, s.Status(true));
            Assert.False(s.IsConnected(true));

            int a = s.Begin();
            int b = s.Begin();
            s.Finish(a, NanoWlanState.WifiInvalidCredential);
            Assert.Equal(NanoWlanState.StatConnecting, s.Status(false));
            s.Finish(b, NanoWlanState.WifiSuccess);
            Assert.Equal(NanoWlanState.StatGotIp, s.Status(true));
            // A late duplicate changes nothing.
            s.Finish(b, NanoWlanState.WifiTimeout);
            Assert.True(s.IsConnected(true));
        }
    }
}
