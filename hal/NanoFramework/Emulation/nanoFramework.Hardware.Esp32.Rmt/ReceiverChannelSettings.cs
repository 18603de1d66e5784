using System;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>Receiver settings (ReceiverChannelSettings.cs): idle threshold in ticks, glitch filter, timeout.</summary>
    public sealed class ReceiverChannelSettings : RmtChannelSettings
    {
        public ReceiverChannelSettings(int channel, int pinNumber) : base(channel, pinNumber)
        {
            IdleThreshold = 12000;
            FilterThreshold = 100;
            ReceiveTimeout = new TimeSpan(0, 0, 0, 1);
        }

        public ushort IdleThreshold { get; set; }

        public bool EnableFilter { get; set; }

        public byte FilterThreshold { get; set; }

        public TimeSpan ReceiveTimeout { get; set; }
    }
}
