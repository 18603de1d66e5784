#if !NF_STM32
using nanoFramework.Hardware.Esp32.Rmt;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// A pulse train over the ESP32's RMT (nanoFramework.Hardware.Esp32.Rmt.TransmitterChannel): the items are
    /// already in the RMT's 4-byte layout that TransmitterChannel.SendData takes; the clock divider sets the tick
    /// from the 80 MHz APB clock (25 ns: divider 2). Idle level low, so the line rests low after the train.
    /// </summary>
    public sealed class NanoPulseOut : IPulseOut
    {
        private readonly int _pin;
        private TransmitterChannel _channel;
        private int _tickNs;
        private byte[] _exact;

        /// <summary>Opens the transmitter at once (25 ns ticks, the WS2812 driver's), so that a pin the RMT cannot
        /// drive (an input-only GPIO: the firmware's rmt_config fails) is refused here.</summary>
        public NanoPulseOut(int pin)
        {
            _pin = pin;
            Open(25);
        }

        public void Send(byte[] items, int count, int tickNs)
        {
            if (tickNs != _tickNs)
            {
                Open(tickNs);
            }
            byte[] data = items;
            if (items.Length != count * 4)
            {
                if (_exact == null || _exact.Length != count * 4)
                {
                    _exact = new byte[count * 4];
                }
                global::System.Array.Copy(items, _exact, count * 4);
                data = _exact;
            }
            _channel.SendData(data, true);
        }

        private void Open(int tickNs)
        {
            if (_channel == null || tickNs != _tickNs)
            {
                if (_channel != null)
                {
                    _channel.Dispose();
                }
                TransmitChannelSettings s = new TransmitChannelSettings(-1, _pin);
                s.ClockDivider = (byte)(tickNs * 80 / 1000);
                s.EnableIdleLevelOutput = true;
                s.IdleLevel = false;
                // The library's settings turn the 38 kHz carrier on by default (TransmitChannelSettings), and the
                // firmware applies it (carrier_en): it would chop every high level of the train.
                s.EnableCarrierWave = false;
                _channel = null;
                _channel = new TransmitterChannel(s);
                _tickNs = tickNs;
            }
        }
    }
}
#endif
