using MicroPy.Values;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A register-map device (sensor, EEPROM): the first addrBytes of a write set the register pointer (big-endian),
    /// further bytes are stored there; reads return bytes from the pointer. The pointer auto-increments and wraps.
    /// The memory is a bytearray the test also holds.
    /// </summary>
    public sealed class SimRegisterDevice : ISimI2cDevice
    {
        public readonly PyByteArray Memory;
        public readonly int AddrBytes;
        public int Pointer;

        public SimRegisterDevice(PyByteArray memory, int addrBytes)
        {
            Memory = memory;
            AddrBytes = addrBytes;
        }

        public int Write(byte[] data, int offset, int count, bool stop)
        {
            int size = Memory.Count;
            int i = 0;
            if (count >= AddrBytes)
            {
                int p = 0;
                for (; i < AddrBytes; i++)
                {
                    p = (p << 8) | data[offset + i];
                }
                Pointer = size == 0 ? 0 : p % size;
            }
            for (; i < count; i++)
            {
                if (size > 0)
                {
                    Memory.Data[Pointer] = data[offset + i];
                    Pointer = (Pointer + 1) % size;
                }
            }
            return count;
        }

        public int Read(byte[] data, int offset, int count, bool stop)
        {
            int size = Memory.Count;
            for (int i = 0; i < count; i++)
            {
                if (size == 0)
                {
                    data[offset + i] = 0xFF;
                    continue;
                }
                data[offset + i] = Memory.Data[Pointer];
                Pointer = (Pointer + 1) % size;
            }
            return count;
        }
    }
}
