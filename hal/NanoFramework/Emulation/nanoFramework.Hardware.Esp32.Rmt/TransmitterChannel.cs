using System;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// An RMT transmitter (TransmitterChannel.cs): SendData takes the items serialized as RmtCommandSerializer does,
    /// 4 bytes each (ArgumentException for another length, as the native NativeTxWriteItems checks; ESP32 only). The
    /// emulated world has no sub-microsecond pins, so the train itself is not played: the pin rests at the idle level
    /// afterwards, as on the chip.
    /// </summary>
    public class TransmitterChannel : IDisposable
    {
        private readonly TransmitChannelSettings _settings;
        private bool _disposed;

        public TransmitterChannel(TransmitChannelSettings settings)
        {
            if (!Chip.Current.Esp32 || !Chip.Current.IsValidPin(settings.PinNumber))
            {
                throw new ArgumentException();
            }
            _settings = settings;
        }

        public void SendData(byte[] data, bool waitTxDone)
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
            if (data == null || data.Length == 0 || data.Length % 4 != 0)
            {
                throw new ArgumentException();
            }
        }

        public void Dispose()
        {
            _disposed = true;
        }
    }
}
