namespace MicroPy.Hal
{
    /// <summary>Monotonic time and delays (mp_hal_ticks_*/delay_*).</summary>
    public interface IClock
    {
        long TicksMs();
        long TicksUs();
        void SleepMs(int ms);
        void SleepUs(int us);
        /// <summary>Seconds since the port's epoch, 1 January of Platform.EpochYear.</summary>
        long EpochSeconds();
    }
}
