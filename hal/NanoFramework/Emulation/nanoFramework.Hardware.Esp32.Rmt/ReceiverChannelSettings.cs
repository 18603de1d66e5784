using System;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// Receiver settings (ReceiverChannelSettings.cs) with the library's defaults: idle threshold 12000 ticks, glitch
    /// filter on at 100 APB clocks, 1 s receive timeout, carrier demodulation on (38 kHz, 33%; the firmware applies
    /// it only where the chip can, SOC_RMT_SUPPORT_RX_DEMODULATION: not the classic ESP32, but the S3 and C3).
    /// </summary>
    public sealed class ReceiverChannelSettings : RmtChannelSettings
    {
        private ushort _idleThreshold = 12000;
        private int _carrierWaveFrequency = 38000;
        private byte _carrierWaveDutyPercentage = 33;

        public ReceiverChannelSettings(int pinNumber) : this(-1, pinNumber)
        {
        }

        public ReceiverChannelSettings(int channel, int pinNumber) : base(channel, pinNumber)
        {
            EnableFilter = true;
            FilterThreshold = 100;
            ReceiveTimeout = new TimeSpan(0, 0, 1);
            EnableDemodulation = true;
            CarrierLevel = true;
        }

        public ushort IdleThreshold
        {
            get { return _idleThreshold; }
            set
            {
                if (value <= 0)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _idleThreshold = value;
            }
        }

        public bool EnableFilter { get; set; }

        public byte FilterThreshold { get; set; }

        public TimeSpan ReceiveTimeout { get; set; }

        public bool EnableDemodulation { get; set; }

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

        public bool CarrierLevel { get; set; }
    }
}
