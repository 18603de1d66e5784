using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// An RMT receiver (ReceiverChannel.cs; ESP32 only). Start begins recording the pin's levels; GetAllItems waits
    /// (at most the receive timeout) for a frame, which ends when the line has kept its level for IdleThreshold ticks,
    /// and returns its items: level/duration halves in ticks (ClockDivider x 12.5 ns, at most 32767), the level the
    /// line rests at not counted, an odd last half closed by a zero duration, pulses shorter than FilterThreshold APB
    /// clocks (12.5 ns each) dropped when the filter is on; null when nothing arrived (NativeRxGetAllItems leaves the
    /// result null for an empty ring buffer). Carrier demodulation does not exist on the classic ESP32
    /// (SOC_RMT_SUPPORT_RX_DEMODULATION), the emulated chip.
    /// </summary>
    public class ReceiverChannel : RmtChannel, IDisposable
    {
        private readonly ReceiverChannelSettings _rx;
        private bool _running;
        private bool _disposed;

        public ReceiverChannel(ReceiverChannelSettings settings) : base(settings)
        {
            _rx = settings;
            Register();
        }

        public override ChannelMode Mode
        {
            get { return ChannelMode.Receive; }
        }

        public ushort IdleThreshold
        {
            get { return _rx.IdleThreshold; }
            set { _rx.IdleThreshold = value; }
        }

        public bool EnableFilter
        {
            get { return _rx.EnableFilter; }
            set { _rx.EnableFilter = value; }
        }

        public byte FilterThreshold
        {
            get { return _rx.FilterThreshold; }
            set { _rx.FilterThreshold = value; }
        }

        public void Start(bool clearBuffer)
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
            Chip.World.CaptureStart(_rx.PinNumber);
            _running = true;
        }

        public void Stop()
        {
            _running = false;
        }

        public RmtCommand[] GetAllItems()
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
            int timeoutMs = (int)(_rx.ReceiveTimeout.Ticks / TimeSpan.TicksPerMillisecond);
            if (!_running)
            {
                Chip.World.Delay(timeoutMs);
                return null;
            }
            int max = _rx.BufferSize * 2;
            int[] levels = new int[max];
            int[] durations = new int[max];
            int tick = TickNs;
            int n = Chip.World.CaptureLevels(_rx.PinNumber, levels, durations, _rx.IdleThreshold * tick, timeoutMs);
            if (_rx.EnableFilter)
            {
                n = Filter(levels, durations, n, _rx.FilterThreshold * 25 / 2);
            }
            if (n == 0)
            {
                return null;
            }
            RmtCommand[] items = new RmtCommand[(n + 1) / 2];
            for (int i = 0; i < items.Length; i++)
            {
                int a = 2 * i;
                int b = a + 1;
                items[i] = new RmtCommand(Ticks(durations[a], tick), levels[a] != 0, b < n ? Ticks(durations[b], tick) : (ushort)0, b < n ? levels[b] != 0 : levels[a] == 0);
            }
            return items;
        }

        private static ushort Ticks(int ns, int tick)
        {
            int t = (ns + tick / 2) / tick;
            return (ushort)(t > 32767 ? 32767 : t < 1 ? 1 : t);
        }

        /// <summary>Drops pulses shorter than minNs: each joins the level before it.</summary>
        private static int Filter(int[] levels, int[] durations, int n, int minNs)
        {
            int m = 0;
            for (int i = 0; i < n; i++)
            {
                if (durations[i] < minNs && m > 0)
                {
                    durations[m - 1] += durations[i];
                    continue;
                }
                if (m > 0 && levels[m - 1] == levels[i])
                {
                    durations[m - 1] += durations[i];
                    continue;
                }
                levels[m] = levels[i];
                durations[m] = durations[i];
                m++;
            }
            return m;
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                Unregister();
            }
        }
    }
}
