using System;
using System.Device.I2c;
using MicroPy.Boards;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// An I2C master over System.Device.I2c: one I2cDevice per 7-bit address, created on first use and dropped when
    /// the speed changes. nanoFramework transfers always end with a stop, except WriteRead (repeated start): so a
    /// write with stop=False is held and sent with the next read from the same address as one WriteRead (that is
    /// readfrom_mem and writeto(stop=False) + readfrom); any other operation sends it on its own first. Zero-length
    /// transfers (scan, the address phase of start()/write()) probe the address with a one-byte read, since
    /// nanoFramework has no address-only transfer.
    /// </summary>
    public sealed class NanoI2cBus : II2cBus
    {
        private readonly int _nfBus;
        private I2cBusSpeed _speed = I2cBusSpeed.FastMode;
        private readonly I2cDevice[] _devices = new I2cDevice[128];
        private byte[] _pending = new byte[16];
        private int _pendingCount;
        private int _pendingAddr = -1;
        private readonly byte[] _probe = new byte[1];

        public NanoI2cBus(int nfBus)
        {
            _nfBus = nfBus;
        }

        public void Configure(int freq)
        {
            I2cBusSpeed s = freq <= 100000 ? I2cBusSpeed.StandardMode : freq <= 400000 ? I2cBusSpeed.FastMode : I2cBusSpeed.FastModePlus;
            if (s == _speed)
            {
                return;
            }
            _speed = s;
            Close();
        }

        /// <summary>Disposes every open I2cDevice.</summary>
        public void Close()
        {
            for (int i = 0; i < _devices.Length; i++)
            {
                if (_devices[i] != null)
                {
                    _devices[i].Dispose();
                    _devices[i] = null;
                }
            }
            _pendingAddr = -1;
        }

        private I2cDevice Device(int addr)
        {
            I2cDevice d = _devices[addr];
            if (d == null)
            {
                try
                {
                    d = new I2cDevice(new I2cConnectionSettings(_nfBus, addr, _speed));
                }
                catch (Exception e)
                {
                    throw NanoErrors.ToOSError(e, "I2C" + _nfBus.ToString() + " unavailable");
                }
                _devices[addr] = d;
            }
            return d;
        }

        private int FlushPending()
        {
            int addr = _pendingAddr;
            if (addr < 0)
            {
                return 0;
            }
            _pendingAddr = -1;
            I2cTransferResult r = Device(addr).Write(new SpanByte(_pending, 0, _pendingCount));
            return DeviceErrors.I2cResult((int)r.Status, _pendingCount);
        }

        private int Probe(int addr)
        {
            I2cTransferResult r = Device(addr).Read(new SpanByte(_probe, 0, 1));
            return r.Status == I2cTransferStatus.FullTransfer ? 0 : DeviceErrors.I2cResult((int)r.Status, 0);
        }

        public int Write(int addr, byte[] data, int offset, int count, bool stop)
        {
            int f = FlushPending();
            if (f < 0)
            {
                return f;
            }
            if (count == 0)
            {
                return Probe(addr);
            }
            if (!stop)
            {
                if (_pending.Length < count)
                {
                    _pending = new byte[count];
                }
                Array.Copy(data, offset, _pending, 0, count);
                _pendingCount = count;
                _pendingAddr = addr;
                return count;
            }
            I2cTransferResult r = Device(addr).Write(new SpanByte(data, offset, count));
            return DeviceErrors.I2cResult((int)r.Status, count);
        }

        public int Read(int addr, byte[] data, int offset, int count, bool stop)
        {
            if (_pendingAddr == addr && count > 0)
            {
                _pendingAddr = -1;
                I2cTransferResult wr = Device(addr).WriteRead(new SpanByte(_pending, 0, _pendingCount), new SpanByte(data, offset, count));
                return DeviceErrors.I2cResult((int)wr.Status, count);
            }
            int f = FlushPending();
            if (f < 0)
            {
                return f;
            }
            if (count == 0)
            {
                return 0;
            }
            I2cTransferResult r = Device(addr).Read(new SpanByte(data, offset, count));
            return DeviceErrors.I2cResult((int)r.Status, count);
        }
    }
}
