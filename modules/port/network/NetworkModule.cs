using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>network: WLAN(STA_IF | AP_IF) over Platform.Network (the desktop simulates an always-connected
    /// station backed by the host's own network), plus the STA_IF/AP_IF/STAT_*/AUTH_* constants.</summary>
    public sealed class NetworkModule : ValueModule
    {
        public static readonly NetworkModule Instance = new NetworkModule();

        private static readonly int[] s_values = { 0, 1, 0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4 };

        private NetworkModule() : base("network", new string[]
        {
            "WLAN",
            "STA_IF", "AP_IF", "STAT_IDLE", "STAT_CONNECTING", "STAT_WRONG_PASSWORD", "STAT_NO_AP_FOUND",
            "STAT_CONNECT_FAIL", "STAT_GOT_IP", "AUTH_OPEN", "AUTH_WEP", "AUTH_WPA_PSK", "AUTH_WPA2_PSK",
            "AUTH_WPA_WPA2_PSK",
        })
        {
        }

        public override object GetValue(int id)
        {
            if (id == 0)
            {
                return WlanObject.TypeObject;
            }
            return PyInt.Create(s_values[id - 1]);
        }
    }
}
