using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// ST STM32F769I-DISCOVERY (nanoFramework target ST_STM32F769I_DISCOVERY; build nf.proj with -p:NanoMcu=stm32).
    /// nanoFramework numbers STM32 pins port * 16 + pin (PA0 = 0, PB0 = 16, ... PJ13 = 157). Named pins: the Arduino
    /// header (D0-D15, A0-A5), the CPU names of those pins and of the LEDs/button (PA0, PC7, PJ13, ...), LEDs and
    /// the user button. The buses are fixed by the firmware (no pin routing on STM32), so machine ids are the
    /// peripherals' own numbers: I2C1 on the Arduino header (SCL D15 = PB8, SDA D14 = PB9); SPI2 on the header (SCK
    /// D13 = PA12, MOSI D11 = PB15, MISO D12 = PB14) and SPI5 (SCK D6 = PF7, MOSI A5 = PF9, MISO A4 = PF8).
    /// Checked against the firmware's own tables (nf-interpreter targets/ChibiOS/ST_STM32F769I_DISCOVERY:
    /// target_system_device_i2c_config.cpp, _spi_, _adc_, target_system_io_ports_config.h/.cpp).
    /// UARTs: the firmware enables only UART5 (COM5, TX PC12 / RX PD2) and USART6 (COM6); USART1 (the ST-LINK
    /// virtual COM port) carries nanoFramework's debugger and is not a SerialPort. The REPL is on USART6 = UART(6) =
    /// COM6 on the Arduino header: TX D1 = PC6, RX D0 = PC7, 115200 8N1: adapter RX to D1, adapter TX to D0, GND to GND
    /// (3.3 V levels). UART(5) is free for scripts.
    /// ADC: A0-A4 are ADC channels 0-4 (PA6, PA4, PC2, PF10, PF8); the firmware's channel 5 is the internal
    /// temperature sensor (6 VREFINT, 7 VBAT), so A5 (PF9) has no ADC channel. LEDs: LD1 red PJ13, LD2 green PJ5, LD3 green
    /// PA12 (shared with D13 / SPI2 SCK). User button (blue) PA0. Storage: no internal-flash file system; the microSD
    /// slot is D: (/sd), which then also holds boot.py and main.py.
    /// </summary>
    public static class Stm32F769IDiscovery
    {
        private const int PA = 0;
        private const int PB = 16;
        private const int PC = 32;
        private const int PD = 48;
        private const int PF = 80;
        private const int PH = 112;
        private const int PJ = 144;

        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "STM32F769I-DISCOVERY";
            b.Mcu = "STM32F769NI";
            string[] header = new string[]
            {
                "D0", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11", "D12", "D13", "D14", "D15",
                "A0", "A1", "A2", "A3", "A4", "A5",
            };
            int[] headerPins = new int[]
            {
                PC + 7, PC + 6, PJ + 1, PF + 6, PJ + 0, PC + 8, PF + 7, PJ + 3, PJ + 4, PH + 6, PA + 11, PB + 15, PB + 14, PA + 12, PB + 9, PB + 8,
                PA + 6, PA + 4, PC + 2, PF + 10, PF + 8, PF + 9,
            };
            // The header pins, the LEDs and the button not already on the header (PA12 is D13 and LD3), and UART5's
            // PC12/PD2.
            b.Gpios = BoardCatalog.Concat(headerPins, new int[] { PJ + 13, PJ + 5, PA + 0, PC + 12, PD + 2 });
            b.PinNames = BoardCatalog.Concat(header, CpuNames(b.Gpios));
            b.PinNumbers = BoardCatalog.Concat(headerPins, b.Gpios);
            b.I2c = new int[] { -1, -1, PB + 8, PB + 9 };
            b.Spi = new int[] { -1, -1, -1, -1, -1, -1, PA + 12, PB + 15, PB + 14, -1, -1, -1, -1, -1, -1, PF + 7, PF + 9, PF + 8 };
            b.Uart = new int[] { -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, PC + 12, PD + 2, PC + 6, PC + 7 };
            b.ReplUart = 6;
            b.AdcPins = new int[] { PA + 6, PA + 4, PC + 2, PF + 10, PF + 8 };
            b.LedNames = new string[] { "LED_RED", "LED_GREEN", "LED_GREEN2" };
            b.LedPins = new int[] { PJ + 13, PJ + 5, PA + 12 };
            b.ButtonNames = new string[] { "USER" };
            b.ButtonPins = new int[] { PA + 0 };
            b.FlashDrive = null;
            b.SdDrive = "D:";
            b.CpuFrequency = 216000000;
            return b;
        }

        /// <summary>"PA0".."PK15" for nanoFramework STM32 pin numbers.</summary>
        internal static string[] CpuNames(int[] numbers)
        {
            string[] names = new string[numbers.Length];
            for (int i = 0; i < numbers.Length; i++)
            {
                char port = (char)('A' + numbers[i] / 16);
                names[i] = "P" + port.ToString() + (numbers[i] % 16).ToString();
            }
            return names;
        }
    }
}
