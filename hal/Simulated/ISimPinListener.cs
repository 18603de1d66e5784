namespace MicroPy.Hal.Simulated
{
    /// <summary>A simulated device on a pin's net: told of every level change with its time in nanoseconds (pulse
    /// trains place edges between microseconds; everything else changes on whole microseconds).</summary>
    public interface ISimPinListener
    {
        void OnEdge(SimPin pin, int level, long ns);
    }
}
