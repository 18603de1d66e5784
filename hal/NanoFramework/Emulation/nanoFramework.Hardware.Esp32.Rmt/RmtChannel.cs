using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// What both RMT directions share (nanoframework/nanoFramework.Hardware.Esp32.Rmt RmtChannel.cs). The firmware
    /// takes the first free channel when the settings say -1 (nf-interpreter targets/ESP32/_nanoCLR/
    /// nanoFramework.Hardware.Esp32.Rmt, RmtChannel::FindNextChannel over RMT_CHANNEL_0..RMT_CHANNEL_MAX: 8 on the
    /// classic ESP32), and fails when none is left (CLR_E_DRIVER_NOT_REGISTERED). The source clock is the 80 MHz APB
    /// clock, so a tick lasts ClockDivider x 12.5 ns.
    /// </summary>
    public abstract class RmtChannel
    {
        protected readonly RmtChannelSettings _settings;

        protected RmtChannel(RmtChannelSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException();
            }
            _settings = settings;
        }

        public abstract ChannelMode Mode { get; }

        public int Channel
        {
            get { return _settings.Channel; }
        }

        public int Pin
        {
            get { return _settings.PinNumber; }
            set { _settings.PinNumber = value; }
        }

        public static SourceClock SourceClock
        {
            get { return SourceClock.APB; }
        }

        public static int SourceClockFrequency
        {
            get { return 80000000; }
        }

        public byte ClockDivider
        {
            get { return _settings.ClockDivider; }
            set { _settings.ClockDivider = value; }
        }

        public byte NumberOfMemoryBlocks
        {
            get { return _settings.NumberOfMemoryBlocks; }
            set { _settings.NumberOfMemoryBlocks = value; }
        }

        /// <summary>Registers the channel (the settings' one, or the first free); ESP32 only.</summary>
        internal int Register()
        {
            Chip c = Chip.Current;
            // rmt_config refuses a GPIO that cannot drive for a transmitter (GPIO_IS_VALID_OUTPUT_GPIO):
            // CLR_E_DRIVER_NOT_REGISTERED.
            if (!c.Esp32 || !c.IsValidPin(_settings.PinNumber) || (Mode == ChannelMode.Transmit && !c.IsOutputCapable(_settings.PinNumber)))
            {
                throw new ArgumentException();
            }
            int ch = _settings.Channel;
            if (ch < 0)
            {
                for (int i = 0; i < c.RmtChannels.Length; i++)
                {
                    if (!c.RmtChannels[i])
                    {
                        ch = i;
                        break;
                    }
                }
                if (ch < 0)
                {
                    throw new InvalidOperationException();
                }
            }
            else if (c.RmtChannels[ch])
            {
                throw new InvalidOperationException();
            }
            c.RmtChannels[ch] = true;
            _settings.SetChannel(ch);
            return ch;
        }

        internal void Unregister()
        {
            int ch = _settings.Channel;
            if (ch >= 0 && ch < Chip.Current.RmtChannels.Length)
            {
                Chip.Current.RmtChannels[ch] = false;
            }
        }

        /// <summary>The length of a tick in nanoseconds.</summary>
        internal int TickNs
        {
            get { return _settings.ClockDivider * 25 / 2; }
        }
    }
}
