using System;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// The settings every RMT channel shares (nanoframework/nanoFramework.Hardware.Esp32.Rmt, RmtChannelSettings.cs):
    /// the clock divider of the 80 MHz APB clock must be at least 1 (ArgumentOutOfRangeException), default 80 (1 us
    /// ticks).
    /// </summary>
    public abstract class RmtChannelSettings
    {
        private byte _clockDivider = 80;

        protected RmtChannelSettings(int channel, int pinNumber)
        {
            Channel = channel;
            PinNumber = pinNumber;
        }

        public int Channel { get; private set; }

        public int PinNumber { get; private set; }

        public byte ClockDivider
        {
            get { return _clockDivider; }
            set
            {
                if (value < 1)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _clockDivider = value;
            }
        }
    }
}
