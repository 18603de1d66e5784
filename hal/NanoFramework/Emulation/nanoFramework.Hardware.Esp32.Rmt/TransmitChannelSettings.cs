namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>Transmitter settings (TransmitChannelSettings.cs): idle level output, off by default.</summary>
    public sealed class TransmitChannelSettings : RmtChannelSettings
    {
        public TransmitChannelSettings(int channel, int pinNumber) : base(channel, pinNumber)
        {
        }

        public bool EnableIdleLevelOutput { get; set; }

        public bool IdleLevel { get; set; }
    }
}
