using System.Device.Pwm;
using MicroPy.Objects;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// A PWM output over System.Device.Pwm.PwmChannel (made with CreateFromPin; on ESP32 the pin is first routed to a
    /// PWMn function). nanoFramework keeps the polarity private, so an inverted channel runs at 1 - duty.
    /// </summary>
    public sealed class NanoPwm : IPwmChannel
    {
        private PwmChannel _channel;
        private bool _running;

        public NanoPwm(PwmChannel channel)
        {
            _channel = channel;
        }

        internal bool Running
        {
            get { return _running; }
        }

        /// <summary>A stopped output hands its firmware channel to another output (NanoHardware.OpenPwm).</summary>
        internal void Evict()
        {
            if (_channel != null)
            {
                _channel.Dispose();
                _channel = null;
            }
        }

        private PwmChannel Channel()
        {
            if (_channel == null)
            {
                throw Err.OS(OsErrno.EBUSY, "this PWM channel was given to another output");
            }
            return _channel;
        }

        public void Configure(int frequency, int dutyPer10k, bool invert)
        {
            PwmChannel ch = Channel();
            if (frequency > 0)
            {
                ch.Frequency = frequency;
            }
            int d = dutyPer10k < 0 ? 0 : dutyPer10k > 10000 ? 10000 : dutyPer10k;
            if (invert)
            {
                d = 10000 - d;
            }
            ch.DutyCycle = d / 10000.0;
        }

        public void Start()
        {
            if (!_running)
            {
                Channel().Start();
                _running = true;
            }
        }

        public void Stop()
        {
            if (_running && _channel != null)
            {
                _channel.Stop();
                _running = false;
            }
        }

        public void Dispose()
        {
            Stop();
            Evict();
        }
    }
}
