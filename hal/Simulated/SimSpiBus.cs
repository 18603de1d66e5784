using System.Collections.Generic;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A simulated SPI bus. A transfer goes to the device whose chip-select pin is low; with none selected, MISO
    /// reads MOSI when the two pins are wired together (loopback), else 0xFF (pulled-up line).
    /// </summary>
    public sealed class SimSpiBus : ISpiBus
    {
        private readonly SimBoard _board;
        public readonly int Id;
        public int Baudrate;
        public int Polarity;
        public int Phase;
        public int Bits = 8;
        public int FirstBit;
        public SimPin Mosi;
        public SimPin Miso;
        private readonly List<SimPin> _cs = new List<SimPin>();
        private readonly List<ISimSpiDevice> _devices = new List<ISimSpiDevice>();
        private readonly List<int> _csChanges = new List<int>();
        /// <summary>Every byte clocked out, for tests.</summary>
        public readonly List<byte> Log = new List<byte>();

        public SimSpiBus(SimBoard board, int id)
        {
            _board = board;
            Id = id;
        }

        public void Attach(SimPin cs, ISimSpiDevice device)
        {
            lock (_board.Sync)
            {
                _cs.Add(cs);
                _devices.Add(device);
                _csChanges.Add(-1);
            }
        }

        public void Configure(int baudrate, int polarity, int phase, int bits, int firstBit)
        {
            Baudrate = baudrate;
            Polarity = polarity;
            Phase = phase;
            Bits = bits;
            FirstBit = firstBit;
        }

        public void Transfer(byte[] tx, int txOffset, int fill, byte[] rx, int rxOffset, int count)
        {
            byte[] outBytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                outBytes[i] = tx != null ? tx[txOffset + i] : (byte)fill;
            }
            byte[] inBytes = new byte[count];
            ISimSpiDevice dev = null;
            bool fresh = false;
            lock (_board.Sync)
            {
                Log.AddRange(outBytes);
                for (int i = 0; i < _devices.Count; i++)
                {
                    if (_cs[i].Level == 0)
                    {
                        dev = _devices[i];
                        // A new transaction when CS changed since the last transfer to this device.
                        fresh = _csChanges[i] != _cs[i].Changes;
                        _csChanges[i] = _cs[i].Changes;
                        break;
                    }
                }
            }
            if (dev != null)
            {
                dev.Transfer(outBytes, inBytes, fresh);
            }
            else if (Mosi != null && Miso != null && Mosi.Net == Miso.Net)
            {
                for (int i = 0; i < count; i++)
                {
                    inBytes[i] = outBytes[i];
                }
            }
            else
            {
                for (int i = 0; i < count; i++)
                {
                    inBytes[i] = 0xFF;
                }
            }
            if (rx != null)
            {
                System.Array.Copy(inBytes, 0, rx, rxOffset, count);
            }
        }
    }
}
