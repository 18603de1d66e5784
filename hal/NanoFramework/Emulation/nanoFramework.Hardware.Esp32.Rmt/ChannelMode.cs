namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>A channel's direction (ChannelMode.cs).</summary>
    public enum ChannelMode : byte
    {
        Receive = 0x00,
        Transmit = 0x01,
    }
}
