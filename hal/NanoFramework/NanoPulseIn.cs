#if !NF_STM32
using System.Threading;
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
                _rx = new ReceiverChannel(s);
            }
            _pin.SetMode(GpioConst.ModeOpenDrain, GpioConst.PullUp);
            _pin.Write(0);
            Thread.Sleep((lowUs + 999) / 1000);
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
