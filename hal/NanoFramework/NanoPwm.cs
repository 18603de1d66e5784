using System.Device.Pwm;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// A PWM output over System.Device.Pwm.PwmChannel (made with CreateFromPin; on ESP32 the pin is first routed to a
    /// PWMn function). nanoFramework keeps the polarity private, so an inverted channel runs at 1 - duty.
    /// </summary>
    public sealed class NanoPwm : IPwmChannel
    {
        private readonly PwmChannel _channel;
        private bool _running;

        public NanoPwm(PwmChannel channel)
        {
            _channel = channel;
        }

        public void Configure(int frequency, int dutyPer10k, bool invert)
        {
            if (frequency > 0)
            {
                _channel.Frequency = frequency;
            }
            int d = dutyPer10k < 0 ? 0 : dutyPer10k > 10000 ? 10000 : dutyPer10k;
            if (invert)
            {
                d = 10000 - d;
            }
            _channel.DutyCycle = d / 10000.0;
        }

        public void Start()
        {
            if (!_running)
            {
                _channel.Start();
                _running = true;
            }
        }

        public void Stop()
        {
            if (_running)
            {
                _channel.Stop();
                _running = false;
            }
        }

        public void Dispose()
        {
            Stop();
            _channel.Dispose();
        }
    }
}
