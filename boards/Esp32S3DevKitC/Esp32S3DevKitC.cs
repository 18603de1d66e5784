using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// Espressif ESP32-S3-DevKitC-1 (N8R8 and similar). GPIO 26-32 serve flash/PSRAM. The addressable RGB LED is on
    /// GPIO48 (GPIO38 on board v1.1); it is a WS2812, so Pin.value() does not light it. UART0 (GPIO43/44, the
    /// "UART" USB port) carries nanoFramework's debugger protocol; the REPL is on UART1 (TX GPIO17, RX GPIO18).
    /// </summary>
    public static class Esp32S3DevKitC
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "ESP32-S3 DevKitC-1";
            b.Mcu = "ESP32S3";
            b.Gpios = new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 };
            b.PinNames = BoardCatalog.GpioNames(b.Gpios);
            b.PinNumbers = b.Gpios;
            b.I2c = new int[] { 9, 8, 5, 4 };
            b.Spi = new int[] { -1, -1, -1, 12, 11, 13, 36, 35, 37 };
            b.Uart = new int[] { 43, 44, 17, 18 };
            b.ReplUart = 1;
            // ADC1 channels 0-9 are GPIO1-10.
            b.AdcPins = new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            b.LedNames = new string[] { "RGB_LED" };
            b.LedPins = new int[] { 48 };
            b.ButtonNames = new string[] { "BOOT" };
            b.ButtonPins = new int[] { 0 };
            b.FlashDrive = "I:";
            b.SdDrive = null;
            b.CpuFrequency = 240000000;
            return b;
        }
    }
}
