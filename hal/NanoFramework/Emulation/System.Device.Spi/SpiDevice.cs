using MicroPy.Hal.NanoFramework.Emulation;

namespace System.Device.Spi
{
    /// <summary>
    /// SpiDevice with the firmware's frame order. Buses: ESP32 1 and 2 (SPI2_HOST, SPI3_HOST; nf-interpreter
    /// targets/ESP32/_nanoCLR/System.Device.Spi/cpu_spi.cpp); STM32F769I-DISCO SPI2 and SPI5
    /// (targets/ChibiOS/ST_STM32F769I_DISCOVERY/target_system_device_spi_config.cpp); another id throws
    /// ArgumentException. ushort[] transfers are 16-bit frames:
    /// - ESP32 hands the ushort buffer to the SPI DMA as bytes in memory order, so each word goes out low byte first
    ///   (cpu_spi.cpp: tx_buffer = the word buffer, length = 16 * count bits); LsbFirst sets
    ///   SPI_DEVICE_TXBIT_LSBFIRST/RXBIT_LSBFIRST, i.e. each byte least significant bit first, 8- and 16-bit alike;
    /// - STM32 sends real 16-bit frames, most significant bit first (high byte first); LsbFirst sets SPI_CR1_LSBFIRST
    ///   only for 16-bit transfers and is ignored for 8-bit ones (targets/ChibiOS/_nanoCLR/System.Device.Spi/
    ///   cpu_spi.cpp, GetSPIConfig: the bitOrder test sits in the Bits16ReadWrite branch).
    /// The world sees bytes in wire order, each most significant bit first.
    /// </summary>
    public class SpiDevice : IDisposable
    {
        private readonly SpiConnectionSettings _settings;
        private bool _disposed;

        public SpiDevice(SpiConnectionSettings settings)
        {
            int bus = settings.BusId;
            bool ok = Chip.Current.Esp32 ? bus == 1 || bus == 2 : bus == 2 || bus == 5;
            if (!ok)
            {
                throw new ArgumentException();
            }
            _settings = settings;
        }

        public static SpiDevice Create(SpiConnectionSettings settings)
        {
            return new SpiDevice(settings);
        }

        public SpiConnectionSettings ConnectionSettings
        {
            get { return _settings; }
        }

        private bool LsbOnWire(bool words16)
        {
            return _settings.DataFlow == DataFlow.LsbFirst && (Chip.Current.Esp32 || words16);
        }

        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer)
        {
            int n = writeBuffer.Length > readBuffer.Length ? writeBuffer.Length : readBuffer.Length;
            byte[] tx = new byte[n];
            byte[] rx = new byte[n];
            bool lsb = LsbOnWire(false);
            for (int i = 0; i < writeBuffer.Length; i++)
            {
                tx[i] = lsb ? Reverse(writeBuffer[i]) : writeBuffer[i];
            }
            Exchange(tx, rx, n);
            for (int i = 0; i < readBuffer.Length; i++)
            {
                readBuffer[i] = lsb ? Reverse(rx[i]) : rx[i];
            }
        }

        public void TransferFullDuplex(ushort[] writeBuffer, ushort[] readBuffer)
        {
            int n = writeBuffer.Length > readBuffer.Length ? writeBuffer.Length : readBuffer.Length;
            byte[] tx = new byte[2 * n];
            byte[] rx = new byte[2 * n];
            bool esp = Chip.Current.Esp32;
            bool lsb = LsbOnWire(true);
            for (int i = 0; i < writeBuffer.Length; i++)
            {
                int w = writeBuffer[i];
                byte hi = (byte)(w >> 8);
                byte lo = (byte)w;
                // ESP32: memory order (low byte first); STM32: a 16-bit frame, high byte first unless LSB first,
                // which sends bit 0 first, i.e. the low byte reversed, then the high byte reversed.
                bool lowFirst = esp || lsb;
                byte first = lowFirst ? lo : hi;
                byte second = lowFirst ? hi : lo;
                tx[2 * i] = lsb ? Reverse(first) : first;
                tx[2 * i + 1] = lsb ? Reverse(second) : second;
            }
            Exchange(tx, rx, 2 * n);
            for (int i = 0; i < readBuffer.Length; i++)
            {
                byte a = lsb ? Reverse(rx[2 * i]) : rx[2 * i];
                byte b = lsb ? Reverse(rx[2 * i + 1]) : rx[2 * i + 1];
                bool lowFirst = esp || lsb;
                readBuffer[i] = lowFirst ? (ushort)(a | (b << 8)) : (ushort)((a << 8) | b);
            }
        }

        public void Write(SpanByte buffer)
        {
            TransferFullDuplex(buffer, new SpanByte(new byte[0]));
        }

        public void Read(SpanByte buffer)
        {
            TransferFullDuplex(new SpanByte(new byte[0]), buffer);
        }

        public void Write(ushort[] buffer)
        {
            TransferFullDuplex(buffer, new ushort[0]);
        }

        public void Read(ushort[] buffer)
        {
            TransferFullDuplex(new ushort[0], buffer);
        }

        public void WriteByte(byte value)
        {
            Write(new SpanByte(new byte[] { value }));
        }

        public byte ReadByte()
        {
            byte[] b = new byte[1];
            Read(new SpanByte(b));
            return b[0];
        }

        private void Exchange(byte[] tx, byte[] rx, int count)
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
            Chip.World.SpiTransfer(_settings.BusId, tx, rx, count);
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

        public void Dispose()
        {
            _disposed = true;
        }
    }
}
