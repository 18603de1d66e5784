using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// M5Stack Core2 (ESP32-D0WDQ6-V3, 8 MB PSRAM; nanoFramework target M5Core2). Named pins: the Grove ports
    /// (PORTA_SDA/SCL, PORTB_IN/OUT, PORTC_TX/RX), the internal bus (SYS_SDA/SCL), the SPI lines shared by the LCD
    /// and the SD slot (SPI_SCK/MOSI/MISO, LCD_CS, LCD_DC, SD_CS), the speaker's I2S lines (I2S_BCK/LRCK/DOUT), the
    /// microphone data line (MIC_DATA), plus every usable GPIOn (the M-Bus). GPIO16/17 serve the PSRAM.
    /// Buses: I2C0 is the internal bus SCL22/SDA21 (AXP192 power, BM8563 RTC, MPU6886 IMU, FT6336 touch); I2C1 is
    /// Port A (red) SCL33/SDA32. SPI2 (VSPI) SCK18/MOSI23/MISO38 serves the LCD (CS5, DC15) and the SD card (CS4).
    /// REPL: the USB-C port (UART0) carries nanoFramework's debugger, so the REPL is on UART2 = nanoFramework COM3 on
    /// Port C (blue): TX GPIO14, RX GPIO13, 115200 8N1: adapter RX to PORTC_TX (14), adapter TX to PORTC_RX (13),
    /// GND to the port's GND (do not feed its 5 V pin from the adapter).
    /// ADC: ADC1 channel 0 = GPIO36 (Port B input), 4/5 = GPIO32/33 (Port A, when not used for I2C), 6 = GPIO34 (the
    /// microphone), 7 = GPIO35. No GPIO LED (the power LED belongs to the AXP192) and no GPIO buttons (the three
    /// buttons are touch areas). Storage: internal flash as I: (/flash), SD card as D: (/sd) once mounted.
    /// </summary>
    public static class M5StackCore2
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "M5Stack Core2";
            b.Mcu = "ESP32";
            b.Gpios = new int[] { 0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 18, 19, 21, 22, 23, 25, 26, 27, 32, 33, 34, 35, 36, 38, 39 };
            b.PinNames = BoardCatalog.Concat(BoardCatalog.GpioNames(b.Gpios), new string[]
            {
                "PORTA_SDA", "PORTA_SCL", "PORTB_IN", "PORTB_OUT", "PORTC_TX", "PORTC_RX", "SYS_SDA", "SYS_SCL",
                "SPI_SCK", "SPI_MOSI", "SPI_MISO", "LCD_CS", "LCD_DC", "SD_CS", "I2S_BCK", "I2S_LRCK", "I2S_DOUT", "MIC_DATA",
            });
            b.PinNumbers = BoardCatalog.Concat(b.Gpios, new int[]
            {
                32, 33, 36, 26, 14, 13, 21, 22,
                18, 23, 38, 5, 15, 4, 12, 0, 2, 34,
            });
            b.I2c = new int[] { 22, 21, 33, 32 };
            b.Spi = new int[] { -1, -1, -1, -1, -1, -1, 18, 23, 38 };
            b.Uart = new int[] { 1, 3, -1, -1, 14, 13 };
            b.ReplUart = 2;
            b.AdcPins = new int[] { 36, -1, -1, -1, 32, 33, 34, 35 };
            b.LedNames = new string[0];
            b.LedPins = new int[0];
            b.ButtonNames = new string[0];
            b.ButtonPins = new int[0];
            b.FlashDrive = "I:";
            b.SdDrive = "D:";
            b.SdSpi = 2;
            b.SdCs = 4;
            b.CpuFrequency = 240000000;
            b.InputOnlyPins = new int[] { 34, 35, 36, 38, 39 };
            return b;
        }
    }
}
