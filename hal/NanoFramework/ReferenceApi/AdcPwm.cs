// Reference declarations: packages nanoFramework.System.Device.Adc 1.1.x and nanoFramework.System.Device.Pwm 1.1.x
// (assemblies System.Device.Adc, System.Device.Pwm). Only the members hal/NanoFramework uses. Never deployed.
using System;

namespace System.Device.Adc
{
    public class AdcController
    {
        public AdcController()
        {
            throw new NotSupportedException();
        }

        public int ResolutionInBits
        {
            get { throw new NotSupportedException(); }
        }

        public AdcChannel OpenChannel(int channelNumber)
        {
            throw new NotSupportedException();
        }
    }

    public class AdcChannel
    {
        private AdcChannel()
        {
        }

        public int ReadValue()
        {
            throw new NotSupportedException();
        }
    }
}

namespace System.Device.Pwm
{
    public sealed class PwmChannel : IDisposable
    {
        private PwmChannel()
        {
        }

        public static PwmChannel CreateFromPin(int pin, int frequency = 400, double dutyCyclePercentage = 0.5)
        {
            throw new NotSupportedException();
        }

        public int Frequency
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public double DutyCycle
        {
            get { throw new NotSupportedException(); }
            set { throw new NotSupportedException(); }
        }

        public void Start()
        {
            throw new NotSupportedException();
        }

        public void Stop()
        {
            throw new NotSupportedException();
        }

        public void Dispose()
        {
            throw new NotSupportedException();
        }
    }
}
