using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// Espressif ESP32-DevKitC (ESP32-WROOM-32, nanoFramework targets ESP32_REV0/REV3/PSRAM_*). Pins are named by
    /// number (GPIO0..GPIO39) plus the header labels SVP/SVN and TX0/RX0/TX2/RX2. GPIO6-11 belong to the SPI flash
    /// and GPIO37/38 are not brought out, so none of them is offered; GPIO34-39 are input-only (no pulls, no PWM).
    /// REPL: UART0 (GPIO1/3, the USB bridge) carries nanoFramework's debugger (wire protocol), so the REPL is served
    /// on UART2 = nanoFramework COM3, TX GPIO17 / RX GPIO16, 115200 8N1. Wire a 3.3 V USB-serial adapter: adapter
    /// RX to GPIO17 (TX2), adapter TX to GPIO16 (RX2), GND to GND; never 5 V signals.
    /// Buses (MicroPython esp32 numbering): I2C0 SCL22/SDA21 (the common breakout wiring), I2C1 SCL25/SDA26;
    /// SPI1 = HSPI SCK14/MOSI13/MISO12, SPI2 = VSPI SCK18/MOSI23/MISO19 (SPI0 is the flash); UART1 TX4/RX5 (its
    /// native pins 9/10 are flash pins). nanoFramework routes any of these to other pins (Configuration.SetPinFunction).
    /// ADC: ADC1 channels 0-7 (channels 1 and 2 are GPIO37/38, not on the header); ADC2 is unusable with Wi-Fi.
    /// LED: most DevKitC clones have a blue LED on GPIO2 (Espressif's own board only a power LED); BOOT button on
    /// GPIO0. Storage: internal flash as I: (/flash); the board has no SD slot (a card wired to SPI would be D:).
    /// </summary>
    public static class Esp32DevKitC
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "ESP32 DevKitC";
            b.Mcu = "ESP32";
            b.Gpios = new int[] { 0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25, 26, 27, 32, 33, 34, 35, 36, 39 };
            string[] gpio = BoardCatalog.GpioNames(b.Gpios);
            b.PinNames = BoardCatalog.Concat(gpio, new string[] { "SVP", "SVN", "TX0", "RX0", "TX2", "RX2" });
            b.PinNumbers = BoardCatalog.Concat(b.Gpios, new int[] { 36, 39, 1, 3, 17, 16 });
            b.I2c = new int[] { 22, 21, 25, 26 };
            b.Spi = new int[] { -1, -1, -1, 14, 13, 12, 18, 23, 19 };
            b.Uart = new int[] { 1, 3, 4, 5, 17, 16 };
            b.ReplUart = 2;
            b.AdcPins = new int[] { 36, -1, -1, 39, 32, 33, 34, 35 };
            b.LedNames = new string[] { "LED" };
            b.LedPins = new int[] { 2 };
            b.ButtonNames = new string[] { "BOOT" };
            b.ButtonPins = new int[] { 0 };
            b.FlashDrive = "I:";
            b.SdDrive = null;
            b.CpuFrequency = 240000000;
            b.InputOnlyPins = new int[] { 34, 35, 36, 37, 38, 39 };
            return b;
        }
    }
}
