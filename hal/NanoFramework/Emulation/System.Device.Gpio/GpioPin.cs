using MicroPy.Hal.NanoFramework.Emulation;

namespace System.Device.Gpio
{
    /// <summary>
    /// GpioPin with the firmware's behaviour. Rules (nf-interpreter src/System.Device.Gpio/
    /// sys_dev_gpio_native_System_Device_Gpio_GpioPin.cpp unless named otherwise):
    /// - a new pin is only reserved: its mode field says Input but the hardware is untouched (NativeInit);
    /// - SetPinMode to an output mode runs CPU_GPIO_EnableOutputPin(pin, Low, mode): the pin is driven low
    ///   (ESP32 gpio_reset_pin then SetPinState(Low), targets/ESP32/_nanoCLR/System.Device.Gpio/cpu_gpio.cpp;
    ///   ChibiOS the same without the reset, targets/ChibiOS/_nanoCLR/System.Device.Gpio/cpu_gpio.cpp);
    /// - a mode the pin cannot take throws ArgumentException (CLR_E_INVALID_PARAMETER): ESP32 GPIO34-39 take no
    ///   output mode; ChibiOS takes Input, InputPullDown, InputPullUp, Output and OutputOpenDrain only
    ///   (CPU_GPIO_SetDriveMode);
    /// - Write on a pin that is not in an output mode throws ArgumentException (Write: driveMode &lt; Output);
    /// - Write with a ValueChanged handler attached posts an event for the written level, changed or not;
    /// - adding or removing a ValueChanged handler re-runs the mode setup (managed GpioPin.cs in
    ///   nanoframework/System.Device.Gpio: ValueChanged add/remove call NativeSetPinMode(_pinMode)), so an output
    ///   pin is driven low again;
    /// - input edges reach ValueChanged as Rising when the new level is 1, else Falling (GpioPinEventListener.cs);
    /// - ESP32 GPIO34-39 accept the pull modes (CPU_GPIO_SetDriveMode does not check) but have no pull resistors
    ///   (ESP32 datasheet, "GPIO34-39 ... do not feature pull-up or pull-down"), so the world sees a plain input;
    /// - ESP32 Read is gpio_get_level: an output configured without its input buffer (GPIO_MODE_OUTPUT,
    ///   GPIO_MODE_OUTPUT_OD in CPU_GPIO_SetDriveMode) reads 0; ChibiOS palReadLine reads the pad.
    /// </summary>
    public sealed class GpioPin : IDisposable
    {
        private readonly object _syncLock = new object();
        private readonly int _pinNumber;
        private PinMode _pinMode = PinMode.Input;
        private bool _configured;
        private TimeSpan _debounceTimeout = TimeSpan.Zero;
        private PinValueChangedEventHandler _callbacks;
        private bool _disposedValue;

        internal GpioPin(int pinNumber)
        {
            _pinNumber = pinNumber;
        }

        public int PinNumber
        {
            get { return _pinNumber; }
        }

        public TimeSpan DebounceTimeout
        {
            get { return _debounceTimeout; }
            set { _debounceTimeout = value; }
        }

        public PinMode GetPinMode()
        {
            CheckDisposed();
            return _pinMode;
        }

        public bool IsPinModeSupported(PinMode pinMode)
        {
            CheckDisposed();
            return Supported(_pinNumber, pinMode);
        }

        internal static bool Supported(int pin, PinMode mode)
        {
            Chip c = Chip.Current;
            if (!c.IsValidPin(pin))
            {
                return false;
            }
            if (c.Esp32)
            {
                return mode <= PinMode.OutputOpenSourcePullDown && (mode < PinMode.Output || c.IsOutputCapable(pin));
            }
            return mode <= PinMode.OutputOpenDrain;
        }

        public void SetPinMode(PinMode value)
        {
            lock (_syncLock)
            {
                CheckDisposed();
                ApplyMode(value);
            }
        }

        private void ApplyMode(PinMode value)
        {
            if (!Supported(_pinNumber, value))
            {
                throw new ArgumentException();
            }
            IBoardWorld w = Chip.World;
            if (value >= PinMode.Output)
            {
                w.WatchPin(_pinNumber, false);
                w.SetPinOutput(_pinNumber, 0);
                w.SetPinMode(_pinNumber, (int)value);
            }
            else
            {
                bool noPulls = Chip.Current.Esp32 && _pinNumber >= 34;
                w.SetPinMode(_pinNumber, noPulls ? (int)PinMode.Input : (int)value);
                w.WatchPin(_pinNumber, _callbacks != null);
            }
            _pinMode = value;
            _configured = true;
        }

        public PinValue Read()
        {
            CheckDisposed();
            if (Chip.Current.Esp32 && _configured && _pinMode >= PinMode.Output)
            {
                return PinValue.Low;
            }
            return Chip.World.ReadPin(_pinNumber) != 0 ? PinValue.High : PinValue.Low;
        }

        public void Write(PinValue value)
        {
            PinValueChangedEventHandler callbacks;
            int level = (byte)value != 0 ? 1 : 0;
            lock (_syncLock)
            {
                CheckDisposed();
                if (_pinMode < PinMode.Output)
                {
                    throw new ArgumentException();
                }
                Chip.World.SetPinOutput(_pinNumber, level);
                callbacks = _callbacks;
            }
            if (callbacks != null)
            {
                callbacks(this, new PinValueChangedEventArgs(level != 0 ? PinEventTypes.Rising : PinEventTypes.Falling, _pinNumber));
            }
        }

        public void Toggle()
        {
            if (_pinMode >= PinMode.Output)
            {
                Write(Chip.World.ReadPin(_pinNumber) != 0 ? PinValue.Low : PinValue.High);
            }
        }

        public event PinValueChangedEventHandler ValueChanged
        {
            add
            {
                lock (_syncLock)
                {
                    CheckDisposed();
                    _callbacks = (PinValueChangedEventHandler)Delegate.Combine(_callbacks, value);
                    ApplyMode(_pinMode);
                }
            }

            remove
            {
                lock (_syncLock)
                {
                    CheckDisposed();
                    _callbacks = (PinValueChangedEventHandler)Delegate.Remove(_callbacks, value);
                    ApplyMode(_pinMode);
                }
            }
        }

        internal void OnWorldEdge(int level)
        {
            PinValueChangedEventHandler callbacks = _callbacks;
            if (callbacks != null && !_disposedValue && _pinMode < PinMode.Output)
            {
                callbacks(this, new PinValueChangedEventArgs(level != 0 ? PinEventTypes.Rising : PinEventTypes.Falling, _pinNumber));
            }
        }

        private void CheckDisposed()
        {
            if (_disposedValue)
            {
                throw Chip.Disposed();
            }
        }

        /// <summary>DisposeNative: CPU_GPIO_DisablePin(pin, Input, 0): back to a plain input, reservation released.</summary>
        public void Dispose()
        {
            lock (_syncLock)
            {
                if (_disposedValue)
                {
                    return;
                }
                _disposedValue = true;
                IBoardWorld w = Chip.World;
                w.WatchPin(_pinNumber, false);
                w.SetPinMode(_pinNumber, (int)PinMode.Input);
                Chip.Current.RemovePin(this);
            }
        }
    }
}
