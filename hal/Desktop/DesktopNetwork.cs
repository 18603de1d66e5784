namespace MicroPy.Hal.Desktop
{
    /// <summary>Simulated Wi-Fi on the desktop: a station that is always connected (its traffic is the host's
    /// own network and loopback) and an access point that can be switched on.</summary>
    public sealed class DesktopNetwork : INetwork
    {
        private readonly DesktopNetworkInterface _sta = new DesktopNetworkInterface(false);
        private readonly DesktopNetworkInterface _ap = new DesktopNetworkInterface(true);

        public INetworkInterface Interface(int kind)
        {
            return kind == 0 ? _sta : kind == 1 ? _ap : null;
        }
    }
}
