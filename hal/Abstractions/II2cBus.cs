namespace MicroPy.Hal
{
    /// <summary>
    /// An I2C master bus. Transfers return the number of bytes transferred or a negative errno
    /// (-ENODEV: address NACK, -EIO: data NACK, -ETIMEDOUT: bus stuck). stop=false keeps the bus for a
    /// repeated start (write-then-read).
    /// </summary>
    public interface II2cBus
    {
        void Configure(int freq);

        int Write(int addr, byte[] data, int offset, int count, bool stop);

        int Read(int addr, byte[] data, int offset, int count, bool stop);
    }
}
