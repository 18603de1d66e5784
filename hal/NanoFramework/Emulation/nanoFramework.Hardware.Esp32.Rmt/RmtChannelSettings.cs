using System;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// The settings every RMT channel shares (RmtChannelSettings.cs): channel -1 (the first free one) to 7, clock
    /// divider of the 80 MHz APB clock at least 1 (default 80: 1 us ticks), 1-8 memory blocks, a buffer of 100 items.
    /// </summary>
    public abstract class RmtChannelSettings
    {
        private int _channel;
        private int _pinNumber;
        private byte _clockDivider;
        private byte _numberOfMemoryBlocks;

        protected RmtChannelSettings(int pinNumber) : this(-1, pinNumber)
        {
        }

        protected RmtChannelSettings(int channel, int pinNumber)
        {
            if (channel > 7)
            {
                throw new ArgumentOutOfRangeException();
            }
            _channel = channel;
            _pinNumber = pinNumber;
            _clockDivider = 80;
            _numberOfMemoryBlocks = 1;
            BufferSize = 100;
        }

        public int Channel
        {
            get { return _channel; }
            set
            {
                if (value < 0 || value > 7)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _channel = value;
            }
        }

        internal void SetChannel(int channel)
        {
            _channel = channel;
        }

        public int PinNumber
        {
            get { return _pinNumber; }
            set
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _pinNumber = value;
            }
        }

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

        public byte NumberOfMemoryBlocks
        {
            get { return _numberOfMemoryBlocks; }
            set
            {
                if (value < 1 || value > 8)
                {
                    throw new ArgumentOutOfRangeException();
                }
                _numberOfMemoryBlocks = value;
            }
        }

        public int BufferSize { get; set; }

        public bool SignalInverterEnabled { get; set; }
    }
}
