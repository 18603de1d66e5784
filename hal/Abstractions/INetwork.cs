namespace MicroPy.Hal
{
    /// <summary>The port's network interfaces (Platform.Network; null when there are none).</summary>
    public interface INetwork
    {
        /// <summary>Interface kind 0 = Wi-Fi station (STA_IF), 1 = Wi-Fi access point (AP_IF); null if absent.
        /// The same object is returned every time for a kind.</summary>
        INetworkInterface Interface(int kind);
    }
}
