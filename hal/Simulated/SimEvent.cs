using System;

namespace MicroPy.Hal.Simulated
{
    /// <summary>Something that happens at a virtual time: a pin change, a timer tick, a watchdog expiry.</summary>
    public sealed class SimEvent
    {
        public long Time;
        public long Seq;
        /// <summary>0 for one-shot; otherwise the event is re-armed this many microseconds later.</summary>
        public long PeriodUs;
        public Action Run;
        public bool Cancelled;
    }
}
