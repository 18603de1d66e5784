using nanoFramework.Runtime.Events;

namespace System.Device.Gpio
{
    public class PinValueChangedEventArgs : BaseEvent
    {
        private readonly PinEventTypes _changeType;
        private readonly int _pinNumber;

        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber)
        {
            _changeType = changeType;
            _pinNumber = pinNumber;
        }

        public PinEventTypes ChangeType
        {
            get { return _changeType; }
        }

        public int PinNumber
        {
            get { return _pinNumber; }
        }
    }
}
