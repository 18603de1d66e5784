using MicroPy.Values;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// An SPI register map with the common read-bit convention: the first byte of a transaction is the register
    /// address, bit 7 set for a read; following bytes read or write successive registers.
    /// </summary>
    public sealed class SimSpiRegisterDevice : ISimSpiDevice
    {
        public readonly PyByteArray Memory;
        private int _pointer = -1;
        private bool _read;

        public SimSpiRegisterDevice(PyByteArray memory)
        {
            Memory = memory;
        }

        public void Transfer(byte[] mosi, byte[] miso, bool newTransaction)
        {
            if (newTransaction)
            {
                _pointer = -1;
            }
            int size = Memory.Count;
            for (int i = 0; i < mosi.Length; i++)
            {
                if (_pointer < 0)
                {
                    _read = (mosi[i] & 0x80) != 0;
                    _pointer = size == 0 ? 0 : (mosi[i] & 0x7F) % size;
                    miso[i] = 0xFF;
                    continue;
                }
                if (size == 0)
                {
                    miso[i] = 0xFF;
                    continue;
                }
                if (_read)
                {
                    miso[i] = Memory.Data[_pointer];
                }
                else
                {
                    Memory.Data[_pointer] = mosi[i];
                    miso[i] = 0xFF;
                }
                _pointer = (_pointer + 1) % size;
            }
        }
    }
}
