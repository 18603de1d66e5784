namespace MicroPy.Boards
{
    /// <summary>nanoFramework transfer outcomes as the HAL's byte count or negative errno.</summary>
    public static class DeviceErrors
    {
        public const int ENOENT = 2;
        public const int EIO = 5;
        public const int EACCES = 13;
        public const int EEXIST = 17;
        public const int ENODEV = 19;
        public const int EISDIR = 21;
        public const int EINVAL = 22;
        public const int ENOSPC = 28;
        public const int ENOTEMPTY = 39;
        public const int ETIMEDOUT = 110;

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
                    return -ENODEV;
                case I2cClockStretchTimeout:
                    return -ETIMEDOUT;
                default:
                    return -EIO;
            }
        }
    }
}
