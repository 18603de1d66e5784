// Reference declarations: package nanoFramework.System.Device.Gpio 1.1.x (assembly System.Device.Gpio).
// Only the members hal/NanoFramework uses; signatures as in nanoframework/System.Device.Gpio. Never deployed.
using System;
using nanoFramework.Runtime.Events;

namespace System.Device.Gpio
{
    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown,
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }

    public readonly struct PinValue
    {
        private readonly byte _value;

        private PinValue(byte value)
        {
            _value = value;
        }

        public static PinValue High
        {
            get { return new PinValue(1); }
        }

        public static PinValue Low
        {
            get { return new PinValue(0); }
        }

        public static explicit operator int(PinValue value)
        {
            return value._value;
        }

        public static explicit operator bool(PinValue value)
        {
            return value._value != 0;
        }
    }

    public class PinValueChangedEventArgs : BaseEvent
    {
        internal PinValueChangedEventArgs()
        {
        }

        public PinEventTypes ChangeType
        {
            get { throw new NotSupportedException(); }
        }
    }

    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioPin : IDisposable
    {
        private GpioPin()
        {
        }

        public void SetPinMode(PinMode value)
        {
            throw new NotSupportedException();
        }

        public PinValue Read()
        {
            throw new NotSupportedException();
        }

        public void Write(PinValue value)
        {
            throw new NotSupportedException();
        }

        public event PinValueChangedEventHandler ValueChanged;

        public void Dispose()
        {
            throw new NotSupportedException();
        }
    }

    public sealed class GpioController
    {
        public GpioController()
        {
            throw new NotSupportedException();
        }

        public GpioPin OpenPin(int pinNumber)
        {
            throw new NotSupportedException();
        }

    }
}
