namespace MicroPy.Hal.Desktop
{
    /// <summary>Simulated Wi-Fi on the desktop: a station that is always connected and an access point that can be
    /// switched on. Sealed (the default) the station's address is 127.0.0.1 and its traffic stays on loopback; open,
    /// it reports the host's IPv4 configuration and its traffic is the host's network.</summary>
    public sealed class DesktopNetwork : INetwork
    {
        private readonly DesktopNetworkInterface _sta;
        private readonly DesktopNetworkInterface _ap;

        public DesktopNetwork(bool open = false)
        {
            _sta = new DesktopNetworkInterface(false, open);
            _ap = new DesktopNetworkInterface(true, open);
        }

        public INetworkInterface Interface(int kind)
        {
            return kind == 0 ? _sta : kind == 1 ? _ap : null;
        }
    }
}
