using System.Collections.Generic;

namespace MicroPy.Hal.Simulated
{
    /// <summary>A simulated I2C bus: devices by 7-bit address; an absent address NACKs (ENODEV).</summary>
    public sealed class SimI2cBus : II2cBus
    {
        private readonly SimBoard _board;
        public readonly int Id;
        public int Frequency = 400000;
        public readonly Dictionary<int, ISimI2cDevice> Devices = new Dictionary<int, ISimI2cDevice>();

        public SimI2cBus(SimBoard board, int id)
        {
            _board = board;
            Id = id;
        }

        public void Attach(int addr, ISimI2cDevice device)
        {
            lock (_board.Sync)
            {
                if (device == null)
                {
                    Devices.Remove(addr);
                }
                else
                {
                    Devices[addr] = device;
                }
            }
        }

        public void Configure(int freq)
        {
            Frequency = freq;
        }

        private ISimI2cDevice Find(int addr)
        {
            lock (_board.Sync)
            {
                ISimI2cDevice d;
                Devices.TryGetValue(addr, out d);
                return d;
            }
        }

        public int Write(int addr, byte[] data, int offset, int count, bool stop)
        {
            ISimI2cDevice d = Find(addr);
            if (d == null)
            {
                return -OsErrno.ENODEV;
            }
            return count == 0 ? 0 : d.Write(data, offset, count, stop);
        }

        public int Read(int addr, byte[] data, int offset, int count, bool stop)
        {
            ISimI2cDevice d = Find(addr);
            if (d == null)
            {
                return -OsErrno.ENODEV;
            }
            return count == 0 ? 0 : d.Read(data, offset, count, stop);
        }
    }
}
