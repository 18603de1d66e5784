namespace MicroPy.Hal.Simulated
{
    /// <summary>A device on a simulated I2C bus. Return the byte count, or a negative errno for a data NACK.</summary>
    public interface ISimI2cDevice
    {
        int Write(byte[] data, int offset, int count, bool stop);

        int Read(byte[] data, int offset, int count, bool stop);
    }
}
