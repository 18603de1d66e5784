using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// ST STM32F769I-DISCOVERY (nanoFramework target ST_STM32F769I_DISCOVERY). nanoFramework numbers STM32 pins
    /// port * 16 + pin (PA0 = 0, PB0 = 16, ... PJ13 = 157). The Arduino header names D0-D15/A0-A5 are board pins.
    /// USART1 (the ST-LINK virtual COM port) carries nanoFramework's debugger; the REPL is on USART6 = UART6
    /// (Arduino D1 TX = PC6, D0 RX = PC7).
    /// </summary>
    public static class Stm32F769IDiscovery
    {
        private const int PA = 0;
        private const int PB = 16;
        private const int PC = 32;
        private const int PF = 80;
        private const int PH = 112;
        private const int PJ = 144;

        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "STM32F769I-DISCOVERY";
            b.Mcu = "STM32F769NI";
            b.PinNames = new string[]
            {
                "D0", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9", "D10", "D11", "D12", "D13", "D14", "D15",
                "A0", "A1", "A2", "A3", "A4", "A5",
            };
            b.PinNumbers = new int[]
            {
                PC + 7, PC + 6, PJ + 1, PF + 6, PJ + 0, PC + 8, PF + 7, PJ + 3, PJ + 4, PH + 6, PA + 11, PB + 15, PB + 14, PA + 12, PB + 9, PB + 8,
                PA + 6, PA + 4, PC + 2, PF + 10, PF + 8, PF + 9,
            };
            int[] gpios = new int[b.PinNumbers.Length + 4];
            for (int i = 0; i < b.PinNumbers.Length; i++)
            {
                gpios[i] = b.PinNumbers[i];
            }
            gpios[b.PinNumbers.Length] = PJ + 13;
            gpios[b.PinNumbers.Length + 1] = PJ + 5;
            gpios[b.PinNumbers.Length + 2] = PA + 0;
            gpios[b.PinNumbers.Length + 3] = PA + 12;
            b.Gpios = gpios;
            // I2C1 on the Arduino header (SCL PB8, SDA PB9); id 0 unused to keep nanoFramework's I2C1 = id 1.
            b.I2c = new int[] { -1, -1, PB + 8, PB + 9 };
            // SPI2 on the Arduino header (SCK PA12, MOSI PB15, MISO PB14).
            b.Spi = new int[] { -1, -1, -1, -1, -1, -1, PA + 12, PB + 15, PB + 14 };
            b.Uart = new int[] { -1, -1, PA + 9, PA + 10, -1, -1, -1, -1, -1, -1, -1, -1, PC + 6, PC + 7 };
            b.ReplUart = 6;
            b.AdcPins = new int[] { PA + 6, PA + 4, PC + 2, PF + 10, PF + 8, PF + 9 };
            b.LedNames = new string[] { "LED_RED", "LED_GREEN", "LED_GREEN2" };
            b.LedPins = new int[] { PJ + 13, PJ + 5, PA + 12 };
            b.ButtonNames = new string[] { "USER" };
            b.ButtonPins = new int[] { PA + 0 };
            b.FlashDrive = null;
            b.SdDrive = "D:";
            b.CpuFrequency = 216000000;
            return b;
        }
    }
}
