using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// How machine's bus ids map onto nanoFramework's, per MCU family, and the ESP32 pin-function codes that route a
    /// bus to pins. Board definitions use MicroPython's numbering (ESP32: I2C 0/1, SPI 1 = HSPI / 2 = VSPI,
    /// UART 0-2; STM32: the peripheral's own number, I2C1, SPI2, USART6).
    /// nanoFramework numbers ESP32 I2C buses from 1 (I2C1 = I2C_NUM_0), SPI buses 1 = SPI2_HOST (HSPI/FSPI),
    /// 2 = SPI3_HOST (VSPI), and serial ports COM1 = UART0; on STM32 the numbers are the peripherals' own.
    /// </summary>
    public static class DeviceBuses
    {
        // nanoFramework.Hardware.Esp32 DeviceFunction = DeviceType * 0x10000 + index * 0x100 + n.
        private const int TypeSpi = 0x10000;
        private const int TypeI2c = 0x20000;
        private const int TypeSerial = 0x30000;
        private const int TypePwm = 0x40000;
        private const int TypeAdc = 0x50000;
        private const int Index = 0x100;

        public static bool IsEsp32(BoardDefinition board)
        {
            return board.Mcu != null && board.Mcu.StartsWith("ESP32");
        }

        /// <summary>nanoFramework I2C busId for machine.I2C(id).</summary>
        public static int I2cBus(BoardDefinition board, int id)
        {
            return IsEsp32(board) ? id + 1 : id;
        }

        /// <summary>nanoFramework SPI busId for machine.SPI(id).</summary>
        public static int SpiBus(BoardDefinition board, int id)
        {
            return id;
        }

        /// <summary>nanoFramework serial port name ("COM3") for machine.UART(id).</summary>
        public static string UartPort(BoardDefinition board, int id)
        {
            return "COM" + (IsEsp32(board) ? id + 1 : id).ToString();
        }

        /// <summary>ESP32 DeviceFunction for an I2C bus line: data (SDA) or clock (SCL).</summary>
        public static int Esp32I2cFunction(int nfBus, bool clock)
        {
            return TypeI2c + nfBus * Index + (clock ? 1 : 0);
        }

        /// <summary>ESP32 DeviceFunction for an SPI line: 0 MOSI, 1 MISO, 2 CLOCK.</summary>
        public static int Esp32SpiFunction(int nfBus, int line)
        {
            return TypeSpi + nfBus * Index + line;
        }

        /// <summary>ESP32 DeviceFunction for a serial line: 0 TX, 1 RX, 2 RTS, 3 CTS of COMn.</summary>
        public static int Esp32SerialFunction(int comNumber, int line)
        {
            return TypeSerial + comNumber * Index + line;
        }

        /// <summary>ESP32 DeviceFunction PWM1..PWM16.</summary>
        public static int Esp32PwmFunction(int pwm)
        {
            return TypePwm + pwm * Index;
        }

        /// <summary>ESP32 DeviceFunction ADC1_CHn.</summary>
        public static int Esp32AdcFunction(int channel)
        {
            return TypeAdc + Index + channel;
        }

        /// <summary>machine.I2C id whose default pins are (scl, sda) on this board, or -1.</summary>
        public static int I2cIdForPins(BoardDefinition board, int scl, int sda)
        {
            for (int i = 0; i < board.I2cCount; i++)
            {
                if (board.I2c[2 * i] == scl && board.I2c[2 * i + 1] == sda)
                {
                    return i;
                }
            }
            return -1;
        }

        /// <summary>
        /// The hardware I2C bus that serves machine.I2C(id, scl, sda). A hardware id keeps its bus. For id -1
        /// (MicroPython's software I2C, which nanoFramework lacks) the bus whose default pins match, else on ESP32
        /// (any pin can be routed) the last bus, which I2C(-1) then re-routes; -1 when nothing fits.
        /// </summary>
        public static int I2cIdForRequest(BoardDefinition board, int id, int scl, int sda)
        {
            if (id >= 0)
            {
                return id < board.I2cCount && board.I2c[2 * id] >= 0 ? id : -1;
            }
            int m = I2cIdForPins(board, scl, sda);
            if (m >= 0)
            {
                return m;
            }
            if (IsEsp32(board))
            {
                for (int i = board.I2cCount - 1; i >= 0; i--)
                {
                    if (board.I2c[2 * i] >= 0)
                    {
                        return i;
                    }
                }
            }
            return -1;
        }

        /// <summary>machine.SPI id for a request, with the same rules as I2cIdForRequest (matching on sck).</summary>
        public static int SpiIdForRequest(BoardDefinition board, int id, int sck)
        {
            if (id >= 0)
            {
                return id < board.SpiCount && board.Spi[3 * id] >= 0 ? id : -1;
            }
            for (int i = 0; i < board.SpiCount; i++)
            {
                if (board.Spi[3 * i] == sck)
                {
                    return i;
                }
            }
            if (IsEsp32(board))
            {
                for (int i = board.SpiCount - 1; i >= 0; i--)
                {
                    if (board.Spi[3 * i] >= 0)
                    {
                        return i;
                    }
                }
            }
            return -1;
        }
    }
}
