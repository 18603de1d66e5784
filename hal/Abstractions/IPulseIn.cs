namespace MicroPy.Hal
{
    /// <summary>Times the answer to a start signal on one pin (a DHT sensor's; the ESP32's RMT receiver).</summary>
    public interface IPulseIn
    {
        /// <summary>Pulls the pin low for lowUs, releases it to its pull-up, then times the levels that follow:
        /// durations[i] is the length in microseconds of the i-th level after the release (the first one high), until
        /// the line stays unchanged for idleUs or durations is full. Returns how many were timed.</summary>
        int Capture(int lowUs, int[] durations, int idleUs);
    }
}
