using MicroPy.Hal.NanoFramework.Emulation;

namespace System.Device.Gpio
{
    /// <summary>
    /// GpioController.OpenPin: an invalid or already reserved pin throws InvalidOperationException (managed
    /// GpioController.cs in nanoframework/System.Device.Gpio: OpenPin throws when GpioPin.Init, i.e.
    /// CPU_GPIO_ReservePin, fails).
    /// </summary>
    public sealed class GpioController : IDisposable
    {
        public GpioController()
        {
        }

        public int PinCount
        {
            get { return Chip.Current.Esp32 ? 40 : 176; }
        }

        public GpioPin OpenPin(int pinNumber)
        {
            Chip c = Chip.Current;
            if (!c.IsValidPin(pinNumber) || c.FindPin(pinNumber) != null)
            {
                throw new InvalidOperationException();
            }
            GpioPin p = new GpioPin(pinNumber);
            c.AddPin(p);
            return p;
        }

        public GpioPin OpenPin(int pinNumber, PinMode mode)
        {
            GpioPin p = OpenPin(pinNumber);
            p.SetPinMode(mode);
            return p;
        }

        public bool IsPinOpen(int pinNumber)
        {
            return Chip.Current.FindPin(pinNumber) != null;
        }

        public void ClosePin(int pinNumber)
        {
            GpioPin p = Chip.Current.FindPin(pinNumber);
            if (p == null)
            {
                throw new InvalidOperationException();
            }
            p.Dispose();
        }

        public bool IsPinModeSupported(int pinNumber, PinMode mode)
        {
            return GpioPin.Supported(pinNumber, mode);
        }

        public void Dispose()
        {
        }
    }
}
