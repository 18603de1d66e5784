// Reference declarations: package nanoFramework.System.Device.I2c 1.1.x (assembly System.Device.I2c).
// Only the members hal/NanoFramework uses; signatures as in nanoframework/System.Device.I2c. Never deployed.
using System;

namespace System.Device.I2c
{
    public enum I2cBusSpeed
    {
        StandardMode,
        FastMode,
        FastModePlus,
    }

    public enum I2cTransferStatus
    {
        UnknownError,
        FullTransfer,
        ClockStretchTimeout,
        PartialTransfer,
        SlaveAddressNotAcknowledged,
    }

    public struct I2cTransferResult
    {
        private I2cTransferStatus _status;

        public I2cTransferStatus Status
        {
            get { return _status; }
        }
    }

    public sealed class I2cConnectionSettings
    {
        public I2cConnectionSettings(int busId, int deviceAddress, I2cBusSpeed busSpeed)
        {
            throw new NotSupportedException();
        }
    }

    public class I2cDevice : IDisposable
    {
        public I2cDevice(I2cConnectionSettings settings)
        {
            throw new NotSupportedException();
        }

        public I2cTransferResult Read(SpanByte buffer)
        {
            throw new NotSupportedException();
        }

        public I2cTransferResult Write(SpanByte buffer)
        {
            throw new NotSupportedException();
        }

        public I2cTransferResult WriteRead(SpanByte writeBuffer, SpanByte readBuffer)
        {
            throw new NotSupportedException();
        }

        public void Dispose()
        {
            throw new NotSupportedException();
        }
    }
}
