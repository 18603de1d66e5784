namespace MicroPy.Hal
{
    /// <summary>
    /// A pulse train on one pin, as the ESP32's RMT transmitter sends it: count items of 4 bytes each, in the RMT's
    /// layout (duration0 low byte, duration0 high 7 bits | level0 &lt;&lt; 7, duration1 low byte, duration1 high 7 bits |
    /// level1 &lt;&lt; 7), durations in ticks of tickNs nanoseconds. Send returns when the train is out; the pin then
    /// stays low.
    /// </summary>
    public interface IPulseOut
    {
        void Send(byte[] items, int count, int tickNs);
    }
}
