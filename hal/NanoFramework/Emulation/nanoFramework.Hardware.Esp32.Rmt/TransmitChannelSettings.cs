using System;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// Transmitter settings (TransmitChannelSettings.cs) with the library's defaults: the 38 kHz, 33% carrier is ON
    /// (EnableCarrierWave true, on the high level), no looping, idle level output on and low.
    /// </summary>
    public sealed class TransmitChannelSettings : RmtChannelSettings
    {
        private int _carrierWaveFrequency = 38000;
        private byte _carrierWaveDutyPercentage = 33;
        private int _loopCount = 1;

        public TransmitChannelSettings(int pinNumber) : this(-1, pinNumber)
        {
        }

        public TransmitChannelSettings(int channel, int pinNumber) : base(channel, pinNumber)
        {
            EnableCarrierWave = true;
            CarrierLevel = true;
            EnableIdleLevelOutput = true;
        }

        public bool EnableCarrierWave { get; set; }

        public bool CarrierLevel { get; set; }

        public int CarrierWaveFrequency
        {
            get { return _carrierWaveFrequency; }
            set
            {
                if (value < 1)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _carrierWaveFrequency = value;
            }
        }

        public byte CarrierWaveDutyPercentage
        {
            get { return _carrierWaveDutyPercentage; }
            set
            {
                if (value < 1 || value > 100)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _carrierWaveDutyPercentage = value;
            }
        }

        public bool EnableLooping { get; set; }

        public int LoopCount
        {
            get { return _loopCount; }
            set
            {
                if (value < 1 || value > 1023)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _loopCount = value;
            }
        }

        public bool EnableIdleLevelOutput { get; set; }

        public bool IdleLevel { get; set; }
    }
}
