namespace System.Device.Gpio
{
    /// <summary>Shape as nanoframework/System.Device.Gpio PinValue.cs.</summary>
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

        public static implicit operator PinValue(int value)
        {
            return value == 0 ? Low : High;
        }

        public static implicit operator PinValue(bool value)
        {
            return value ? High : Low;
        }

        public static explicit operator byte(PinValue value)
        {
            return value._value;
        }

        public static explicit operator int(PinValue value)
        {
            return value._value;
        }

        public static explicit operator bool(PinValue value)
        {
            return value._value != 0;
        }

        public bool Equals(PinValue other)
        {
            return other._value == _value;
        }

        public override bool Equals(object obj)
        {
            return obj is PinValue && Equals((PinValue)obj);
        }

        public static bool operator ==(PinValue a, PinValue b)
        {
            return a._value == b._value;
        }

        public static bool operator !=(PinValue a, PinValue b)
        {
            return a._value != b._value;
        }

        public override int GetHashCode()
        {
            return _value;
        }

        public override string ToString()
        {
            return _value == 0 ? "Low" : "High";
        }
    }
}
