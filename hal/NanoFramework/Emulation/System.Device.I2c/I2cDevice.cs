using MicroPy.Hal.NanoFramework.Emulation;

namespace System.Device.I2c
{
    /// <summary>
    /// I2cDevice with the firmware's results. Buses: ESP32 I2C1 and I2C2 (I2C_NUM_0/1; nf-interpreter
    /// targets/ESP32/_nanoCLR/System.Device.I2c/sys_dev_i2c_native_System_Device_I2c_I2cDevice.cpp); STM32F769I-DISCO
    /// I2C1 only (targets/ChibiOS/ST_STM32F769I_DISCOVERY/target_system_device_i2c_config.cpp); another bus id
    /// throws ArgumentException. Every transfer ends with a stop; WriteRead uses a repeated start. Any missing
    /// acknowledge, on the address or on a data byte, is reported as SlaveAddressNotAcknowledged with 0 bytes
    /// transferred (ESP32: ESP_FAIL from i2c_master_cmd_begin; ChibiOS: I2C_ACK_FAILURE; both files named above and
    /// targets/ChibiOS/_nanoCLR/System.Device.I2c/sys_dev_i2c_native_System_Device_I2c_I2cDevice.cpp); a bus
    /// timeout is ClockStretchTimeout; success is FullTransfer with write + read counts.
    /// </summary>
    public class I2cDevice : IDisposable
    {
        private readonly I2cConnectionSettings _connectionSettings;
        private bool _disposed;

        public I2cDevice(I2cConnectionSettings settings)
        {
            int bus = settings.BusId;
            bool ok = Chip.Current.Esp32 ? bus == 1 || bus == 2 : bus == 1;
            if (!ok)
            {
                throw new ArgumentException();
            }
            _connectionSettings = settings;
        }

        public static I2cDevice Create(I2cConnectionSettings settings)
        {
            return new I2cDevice(settings);
        }

        public I2cConnectionSettings ConnectionSettings
        {
            get { return _connectionSettings; }
        }

        public byte ReadByte()
        {
            byte[] b = new byte[1];
            Transfer(null, 0, b, 1);
            return b[0];
        }

        public I2cTransferResult Read(SpanByte buffer)
        {
            byte[] r = new byte[buffer.Length];
            I2cTransferResult res = Transfer(null, 0, r, r.Length);
            for (int i = 0; i < r.Length; i++)
            {
                buffer[i] = r[i];
            }
            return res;
        }

        public I2cTransferResult WriteByte(byte value)
        {
            return Transfer(new byte[] { value }, 1, null, 0);
        }

        public I2cTransferResult Write(SpanByte buffer)
        {
            byte[] w = buffer.ToArray();
            return Transfer(w, w.Length, null, 0);
        }

        public I2cTransferResult WriteRead(SpanByte writeBuffer, SpanByte readBuffer)
        {
            byte[] w = writeBuffer.ToArray();
            byte[] r = new byte[readBuffer.Length];
            I2cTransferResult res = Transfer(w, w.Length, r, r.Length);
            for (int i = 0; i < r.Length; i++)
            {
                readBuffer[i] = r[i];
            }
            return res;
        }

        private I2cTransferResult Transfer(byte[] w, int wn, byte[] r, int rn)
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
            int st = Chip.World.I2cTransfer(_connectionSettings.BusId, _connectionSettings.DeviceAddress, w, wn, r, rn);
            if (st == 0)
            {
                return new I2cTransferResult(I2cTransferStatus.FullTransfer, (uint)(wn + rn));
            }
            return new I2cTransferResult(st == 2 ? I2cTransferStatus.ClockStretchTimeout : I2cTransferStatus.SlaveAddressNotAcknowledged, 0);
        }

        public void Dispose()
        {
            _disposed = true;
        }
    }
}
