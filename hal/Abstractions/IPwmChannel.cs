namespace MicroPy.Hal
{
    /// <summary>A PWM output on a pin; duty in 1/10000 (0..10000).</summary>
    public interface IPwmChannel
    {
        void Configure(int frequency, int dutyPer10k, bool invert);

        void Start();

        void Stop();
    }
}
