using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// Espressif ESP32-DevKitC (ESP32-WROOM-32). GPIO 6-11 belong to the SPI flash and are not offered;
    /// 34-39 are input-only. UART0 (GPIO1/3, the USB bridge) carries nanoFramework's debugger protocol, so the REPL
    /// is served on UART2 (TX GPIO17, RX GPIO16): wire a 3.3 V USB-serial adapter there (or flash a firmware
    /// built without the debugger to use the USB port). Most DevKitC clones have a blue LED on GPIO2; the
    /// Espressif board itself has only a power LED.
    /// </summary>
    public static class Esp32DevKitC
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "ESP32 DevKitC";
            b.Mcu = "ESP32";
            b.Gpios = new int[] { 0, 1, 2, 3, 4, 5, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };
            b.PinNames = BoardCatalog.GpioNames(b.Gpios);
            b.PinNumbers = b.Gpios;
            // I2C0 on the pins most ESP32 breakouts and tutorials use; I2C1 on MicroPython's esp32 defaults.
            b.I2c = new int[] { 22, 21, 25, 26 };
            // SPI1 = HSPI, SPI2 = VSPI (MicroPython esp32 numbering); id 0 is the flash bus.
            b.Spi = new int[] { -1, -1, -1, 14, 13, 12, 18, 23, 19 };
            b.Uart = new int[] { 1, 3, 4, 5, 17, 16 };
            b.ReplUart = 2;
            // ADC1 channels 0-7 (nanoFramework AdcController channels 0-7).
            b.AdcPins = new int[] { 36, 37, 38, 39, 32, 33, 34, 35 };
            b.LedNames = new string[] { "LED" };
            b.LedPins = new int[] { 2 };
            b.ButtonNames = new string[] { "BOOT" };
            b.ButtonPins = new int[] { 0 };
            b.FlashDrive = "I:";
            b.SdDrive = "D:";
            b.CpuFrequency = 240000000;
            return b;
        }
    }
}
