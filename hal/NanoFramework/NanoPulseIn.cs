#if !NF_STM32
using nanoFramework.Hardware.Esp32.Rmt;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// A start signal and the timed answer over the ESP32's RMT receiver (1 us ticks: clock divider 80): the start
    /// signal goes out through the GPIO pin (open drain), the receiver starts before the release and its items
    /// (RmtCommand: two level/duration halves each) become the level durations after the first high.
    /// </summary>
    public sealed class NanoPulseIn : IPulseIn
    {
        private readonly IGpioPin _pin;
        private readonly int _number;
        private ReceiverChannel _rx;
        private bool _configured;

        public NanoPulseIn(IGpioPin pin, int number)
        {
            _pin = pin;
            _number = number;
        }

        public int Capture(int lowUs, int[] durations, int idleUs)
        {
            if (_rx == null)
            {
                ReceiverChannelSettings s = new ReceiverChannelSettings(-1, _number);
                s.ClockDivider = 80;
                s.EnableFilter = true;
                s.FilterThreshold = 20;
                s.IdleThreshold = (ushort)idleUs;
                s.ReceiveTimeout = new global::System.TimeSpan(0, 0, 0, 0, 50);
                // On by default in the library's settings; the S3 and C3 would demodulate a 38 kHz carrier that the
                // sensor never sends (SOC_RMT_SUPPORT_RX_DEMODULATION).
                s.EnableDemodulation = false;
                _rx = new ReceiverChannel(s);
            }
            if (!_configured)
            {
                // Released to the pull-up first, so the start signal begins with a falling edge the sensor sees; the
                // mode is set once (a mode switch of a GpioPin drives the line low for a moment: a false start).
                _pin.Write(1);
                _pin.SetMode(GpioConst.ModeOpenDrain, GpioConst.PullUp);
                _configured = true;
            }
            _pin.Write(0);
            Platform.Clock.SleepUs(lowUs);
            _rx.Start(true);
            _pin.Write(1);
            RmtCommand[] items = _rx.GetAllItems();
            _rx.Stop();
            int n = 0;
            bool seenHigh = false;
            for (int i = 0; items != null && i < items.Length && n < durations.Length; i++)
            {
                for (int h = 0; h < 2 && n < durations.Length; h++)
                {
                    bool level = h == 0 ? items[i].Level0 : items[i].Level1;
                    int d = h == 0 ? items[i].Duration0 : items[i].Duration1;
                    if (d == 0)
                    {
                        break;
                    }
                    seenHigh |= level;
                    if (seenHigh)
                    {
                        durations[n++] = d;
                    }
                }
            }
            return n;
        }
    }
}
#endif
