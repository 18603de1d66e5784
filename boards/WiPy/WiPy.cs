using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// Pycom WiPy 1.0 (TI CC3200), the board the MicroPython 1.8.2 documentation describes; offered on the simulated
    /// board only (nanoFramework has no CC3200 target). Pins are named GPn (n = GPIO number, as Pin.board lists them):
    /// GP0-GP17, GP22-GP25, GP28, GP30, GP31 are on the module's headers. Alternate functions follow the CC3200
    /// datasheet's pin-mux table (index = the mux mode, as Pin.alt_list() gives it). Buses: UART0 TX GP1 / RX GP2
    /// (the REPL), UART1 TX GP3 / RX GP4, I2C0 SCL GP23 / SDA GP13, SPI0 CLK GP14 / MOSI GP16 / MISO GP15; ADC
    /// channels 0-3 on GP2-GP5; PWM outputs of Timer n channel A/B: GP24 (0A), GP25 (1A), GP9 (2B), GP10 (3A),
    /// GP11 (3B). Pins that wake the chip from sleep: GP2, GP4, GP11, GP13, GP17, GP24. Heartbeat LED on GP25.
    /// SD card slot (clk, cmd, dat0): GP10, GP11, GP15.
    /// </summary>
    public static class WiPy
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "WiPy";
            b.Mcu = "CC3200";
            b.Sysname = "WiPy";
            b.Gpios = new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 22, 23, 24, 25, 28, 30, 31 };
            string[] names = new string[b.Gpios.Length];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = "GP" + b.Gpios[i].ToString();
            }
            b.PinNames = names;
            b.PinNumbers = b.Gpios;
            // "NAME:index" pairs per GPIO (parallel to Gpios), from the CC3200 pin-mux table.
            b.AltFunctions = new string[]
            {
                "UART0_RTS:3 I2S0_DAT0:4 I2S0_DAT1:6 TIM0_CC:7 SPI0_CS0:9 UART1_RTS:10 UART0_CTS:12",
                "UART0_TX:3 UART1_TX:6 TIM0_CC:7",
                "UART0_RX:3 UART1_RX:6 TIM1_CC:7",
                "UART1_TX:6",
                "UART1_RX:6",
                "I2S0_DAT1:6 TIM2_CC:7",
                "UART1_CTS:3 UART0_RTS:5 UART0_CTS:6 TIM3_CC:7",
                "UART1_RTS:3 UART0_RTS:10 UART0_TX:11 I2S0_CLK:13",
                "SD0_IRQ:6 I2S0_FS:7 TIM3_CC:12",
                "TIM2_PWM:3 SD0_DAT0:6 I2S0_DAT0:7 TIM0_CC:12",
                "I2C0_SCL:1 TIM3_PWM:3 SD0_CLK:6 UART1_TX:7 TIM0_CC:12",
                "I2C0_SDA:1 TIM3_PWM:3 SD0_CMD:6 UART1_RX:7 TIM1_CC:12 I2S0_FS:13",
                "I2S0_CLK:3 I2C0_SCL:5 UART0_TX:7 TIM1_CC:12",
                "I2C0_SDA:5 UART0_RX:7 TIM2_CC:12",
                "I2C0_SCL:5 SPI0_CLK:7 TIM2_CC:12",
                "I2C0_SDA:5 SPI0_MISO:7 SD0_DAT0:8 TIM3_CC:13",
                "UART1_TX:5 SPI0_MOSI:7 SD0_CLK:8 TIM3_CC:13",
                "UART1_RX:5 SPI0_CS0:7 SD0_CMD:8",
                "TIM2_CC:5 I2S0_FS:7",
                "UART1_TX:2 I2C0_SCL:9",
                "UART1_RX:2 TIM3_CC:4 TIM0_PWM:5 I2S0_FS:6 I2C0_SDA:9",
                "I2S0_FS:2 TIM1_PWM:9",
                "",
                "I2S0_CLK:2 I2S0_FS:3 TIM2_CC:4 SPI0_MISO:7 UART0_TX:9",
                "UART1_RX:2 I2S0_DAT0:6 SPI0_CLK:7 UART0_RX:9 I2S0_FS:12",
            };
            b.I2c = new int[] { 23, 13 };
            b.Spi = new int[] { 14, 16, 15 };
            b.Uart = new int[] { 1, 2, 3, 4 };
            b.ReplUart = 0;
            b.AdcPins = new int[] { 2, 3, 4, 5 };
            b.PwmPins = new int[] { 24, -1, 25, -1, -1, 9, 10, 11 };
            b.WakePins = new int[] { 2, 4, 11, 13, 17, 24 };
            b.TimerCount = 4;
            b.LedNames = new string[] { "LED" };
            b.LedPins = new int[] { 25 };
            b.ButtonNames = new string[0];
            b.ButtonPins = new int[0];
            b.FlashDrive = null;
            b.SdDrive = "D:";
            b.SdPins = new int[] { 10, 11, 15 };
            b.CpuFrequency = 80000000;
            b.RtcStartYear = 2015;
            return b;
        }
    }
}
