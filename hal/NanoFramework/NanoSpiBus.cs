using System;
using System.Device.Spi;

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// An SPI master over System.Device.Spi. Chip select stays an ordinary GPIO driven by Python, so the SpiDevice
    /// has no CS line (-1). Mode = polarity * 2 + phase; 16-bit words go out as ushort[] when the byte count is even
    /// (32-bit transfers and odd counts use 8-bit words), packed so that the bytes leave in buffer order: ESP32 sends
    /// a ushort buffer in memory order (low byte first), STM32 as 16-bit frames (high byte first). STM32 ignores
    /// LSB-first for 8-bit frames, so the bits are reversed here (nf-interpreter targets/ESP32 and
    /// targets/ChibiOS/_nanoCLR/System.Device.Spi/cpu_spi.cpp).
    /// </summary>
    public sealed class NanoSpiBus : ISpiBus
    {
        private readonly int _nfBus;
        private SpiDevice _device;
        private int _baudrate = 1000000;
        private int _polarity;
        private int _phase;
        private int _bits = 8;
        private int _firstBit;
        private int _deviceBits;
        private byte[] _txScratch = new byte[0];
        private byte[] _rxScratch = new byte[0];

        public NanoSpiBus(int nfBus)
        {
            _nfBus = nfBus;
        }

        public void Configure(int baudrate, int polarity, int phase, int bits, int firstBit)
        {
            _baudrate = baudrate;
            _polarity = polarity;
            _phase = phase;
            _bits = bits;
            _firstBit = firstBit;
            Close();
        }

        public void Close()
        {
            if (_device != null)
            {
                _device.Dispose();
                _device = null;
            }
        }

        private SpiDevice Device(int wordBits)
        {
            if (_device != null && _deviceBits == wordBits)
            {
                return _device;
            }
            Close();
            try
            {
                SpiConnectionSettings s = new SpiConnectionSettings(_nfBus, -1);
                s.Mode = (SpiMode)(_polarity * 2 + _phase);
                s.ClockFrequency = _baudrate;
                s.DataBitLength = wordBits;
                s.DataFlow = _firstBit == 1 && !SoftLsb(wordBits) ? DataFlow.LsbFirst : DataFlow.MsbFirst;
                _device = new SpiDevice(s);
                _deviceBits = wordBits;
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "SPI" + _nfBus.ToString() + " unavailable");
            }
            return _device;
        }

        public void Transfer(byte[] tx, int txOffset, int fill, byte[] rx, int rxOffset, int count)
        {
            if (count <= 0)
            {
                return;
            }
            if (tx == null)
            {
                if (_txScratch.Length < count)
                {
                    _txScratch = new byte[count];
                }
                for (int i = 0; i < count; i++)
                {
                    _txScratch[i] = (byte)fill;
                }
                tx = _txScratch;
                txOffset = 0;
            }
            if (rx == null)
            {
                if (_rxScratch.Length < count)
                {
                    _rxScratch = new byte[count];
                }
                rx = _rxScratch;
                rxOffset = 0;
            }
            if (_bits == 16 && (count & 1) == 0)
            {
                Transfer16(tx, txOffset, rx, rxOffset, count);
                return;
            }
            if (SoftLsb(8))
            {
                byte[] t = new byte[count];
                for (int i = 0; i < count; i++)
                {
                    t[i] = Reverse(tx[txOffset + i]);
                }
                Device(8).TransferFullDuplex(new SpanByte(t, 0, count), new SpanByte(rx, rxOffset, count));
                for (int i = 0; i < count; i++)
                {
                    rx[rxOffset + i] = Reverse(rx[rxOffset + i]);
                }
                return;
            }
            Device(8).TransferFullDuplex(new SpanByte(tx, txOffset, count), new SpanByte(rx, rxOffset, count));
        }

        /// <summary>STM32 applies LSB-first to 16-bit frames only: 8-bit LSB-first frames are reversed in software.</summary>
        private bool SoftLsb(int wordBits)
        {
#if NF_STM32
            return _firstBit == 1 && wordBits == 8;
#else
            return false;
#endif
        }

        private static byte Reverse(byte b)
        {
            int r = 0;
            for (int i = 0; i < 8; i++)
            {
                r = (r << 1) | ((b >> i) & 1);
            }
            return (byte)r;
        }

        private void Transfer16(byte[] tx, int txOffset, byte[] rx, int rxOffset, int count)
        {
            int n = count / 2;
            ushort[] w = new ushort[n];
            ushort[] r = new ushort[n];
            // The first byte of each pair must leave first: the low byte on ESP32, the high byte on STM32
            // (with LSB-first the STM32 frame starts with bit 0, i.e. the low byte too).
#if NF_STM32
            bool lowFirst = _firstBit == 1;
#else
            bool lowFirst = true;
#endif
            for (int i = 0; i < n; i++)
            {
                int a = tx[txOffset + 2 * i];
                int b = tx[txOffset + 2 * i + 1];
                w[i] = lowFirst ? (ushort)(a | (b << 8)) : (ushort)((a << 8) | b);
            }
            Device(16).TransferFullDuplex(w, r);
            for (int i = 0; i < n; i++)
            {
                rx[rxOffset + 2 * i] = lowFirst ? (byte)r[i] : (byte)(r[i] >> 8);
                rx[rxOffset + 2 * i + 1] = lowFirst ? (byte)(r[i] >> 8) : (byte)r[i];
            }
        }
    }
}
