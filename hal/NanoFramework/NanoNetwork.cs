#if !NF_STM32
namespace MicroPy.Hal.NanoFramework
{
    /// <summary>network.WLAN's interfaces on an ESP32 firmware: the Wi-Fi station (STA_IF) and soft access point
    /// (AP_IF), created on first use. STM32 builds install no INetwork (network.WLAN then raises OSError ENODEV).</summary>
    public sealed class NanoNetwork : INetwork
    {
        private NanoWlan _sta;
        private NanoWlan _ap;

        public INetworkInterface Interface(int kind)
        {
            if (kind == 0)
            {
                if (_sta == null)
                {
                    _sta = new NanoWlan(false);
                }
                return _sta;
            }
            if (kind == 1)
            {
                if (_ap == null)
                {
                    _ap = new NanoWlan(true);
                }
                return _ap;
            }
            return null;
        }
    }
}
#endif
