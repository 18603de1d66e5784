namespace MicroPy.Hal
{
    /// <summary>Hardware or virtual timers: each start returns a handle that Cancel takes.</summary>
    public interface ITimerService
    {
        object Start(long periodUs, bool periodic, IIrqSink sink, object source);

        void Cancel(object handle);

        /// <summary>Microseconds until the timer's next expiry (0 if not running).</summary>
        long Remaining(object handle);
    }
}
