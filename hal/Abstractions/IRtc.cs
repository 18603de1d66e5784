namespace MicroPy.Hal
{
    /// <summary>The real-time clock, in microseconds since 2000-01-01 00:00:00 (MicroPython's device epoch).</summary>
    public interface IRtc
    {
        long NowUs();

        void Set(long usSince2000);
    }
}
