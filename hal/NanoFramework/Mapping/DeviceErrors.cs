using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>nanoFramework transfer outcomes as the HAL's byte count or negative errno.</summary>
    public static class DeviceErrors
    {
        // System.Device.I2c.I2cTransferStatus values.
        public const int I2cUnknownError = 0;
        public const int I2cFullTransfer = 1;
        public const int I2cClockStretchTimeout = 2;
        public const int I2cPartialTransfer = 3;
        public const int I2cSlaveAddressNotAcknowledged = 4;

        /// <summary>
        /// An I2cTransferResult as II2cBus reports it: the requested count on FullTransfer; -ENODEV when the address
        /// is not acknowledged; -ETIMEDOUT on a clock-stretch timeout (bus held); -EIO when a data byte is not
        /// acknowledged (PartialTransfer) or for UnknownError.
        /// </summary>
        public static int I2cResult(int status, int requested)
        {
            switch (status)
            {
                case I2cFullTransfer:
                    return requested;
                case I2cSlaveAddressNotAcknowledged:
                    return -OsErrno.ENODEV;
                case I2cClockStretchTimeout:
                    return -OsErrno.ETIMEDOUT;
                default:
                    return -OsErrno.EIO;
            }
        }
    }
}
