namespace MicroPy.Hal
{
    /// <summary>Once started it cannot be stopped; expiry resets the board with cause WDT_RESET.</summary>
    public interface IWatchdog
    {
        void Start(int timeoutMs);

        void Feed();
    }
}
