using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// An RMT receiver (ReceiverChannel.cs; ESP32 only). GetAllItems returns an empty array when nothing arrived within
    /// the receive timeout, as the library documents; the emulated world has no sub-microsecond pins, so nothing
    /// ever arrives here and a DHT read reports no answer.
    /// </summary>
    public class ReceiverChannel : IDisposable
    {
        private bool _running;
        private bool _disposed;

        public ReceiverChannel(ReceiverChannelSettings settings)
        {
            if (!Chip.Current.Esp32 || !Chip.Current.IsValidPin(settings.PinNumber))
            {
                throw new ArgumentException();
            }
        }

        public void Start(bool clearBuffer)
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
            _running = true;
        }

        public void Stop()
        {
            _running = false;
        }

        public RmtCommand[] GetAllItems()
        {
            if (!_running)
            {
                throw new InvalidOperationException();
            }
            return new RmtCommand[0];
        }

        public void Dispose()
        {
            _disposed = true;
        }
    }
}
