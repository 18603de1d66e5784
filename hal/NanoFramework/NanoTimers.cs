using System;
using System.Threading;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// machine.Timer over System.Threading.Timer (millisecond resolution: periods round to whole milliseconds, at
    /// least 1). Expiry runs on a thread-pool thread and only queues the Python callback.
    /// </summary>
    public sealed class NanoTimers : ITimerService
    {
        private sealed class Handle
        {
            public Timer Timer;
            public long StartMs;
            public long PeriodMs;
            public bool Periodic;
            public IIrqSink Sink;
            public object Source;
            public bool Cancelled;

            public void Fire(object state)
            {
                if (Cancelled)
                {
                    return;
                }
                if (Periodic)
                {
                    StartMs += PeriodMs;
                }
                else
                {
                    Cancelled = true;
                }
                Sink.OnIrq(Source, 1);
            }
        }

        public object Start(long periodUs, bool periodic, IIrqSink sink, object source)
        {
            long ms = (periodUs + 500) / 1000;
            if (ms < 1)
            {
                ms = 1;
            }
            if (ms > int.MaxValue)
            {
                ms = int.MaxValue;
            }
            Handle h = new Handle();
            h.PeriodMs = ms;
            h.Periodic = periodic;
            h.Sink = sink;
            h.Source = source;
            h.StartMs = Environment.TickCount64;
            h.Timer = new Timer(new TimerCallback(h.Fire), null, (int)ms, periodic ? (int)ms : Timeout.Infinite);
            return h;
        }

        public void Cancel(object handle)
        {
            Handle h = handle as Handle;
            if (h != null)
            {
                h.Cancelled = true;
                h.Timer.Dispose();
            }
        }

        public long Remaining(object handle)
        {
            Handle h = handle as Handle;
            if (h == null || h.Cancelled)
            {
                return 0;
            }
            long r = h.StartMs + h.PeriodMs - Environment.TickCount64;
            return r < 0 ? 0 : r * 1000;
        }
    }
}
