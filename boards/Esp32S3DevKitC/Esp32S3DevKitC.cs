using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// Espressif ESP32-S3-DevKitC-1 (nanoFramework targets ESP32_S3, ESP32_S3_BLE, ESP32_S3_ALL). Pins are named by
    /// number (GPIO0..GPIO48). GPIO26-32 serve the flash/PSRAM and are not offered; on the N8R8/N16R8 modules (octal
    /// PSRAM) GPIO35-37 are taken too, so SPI2's default pins below only work on quad-PSRAM modules (route SPI2
    /// elsewhere otherwise); GPIO19/20 are the native USB D-/D+.
    /// REPL: UART0 = nanoFramework COM1 (GPIO43 TX / GPIO44 RX), the board's "UART" USB port through its USB-UART
    /// bridge, 115200 8N1, while nanoFramework's debugger runs over the native "USB" port (USB-Serial/JTAG): connect
    /// both ports, deploy over "USB", use the REPL on "UART"; no adapter. If "USB" was not connected at boot, the
    /// firmware puts the debugger on UART0 and refuses COM1 to the application; the REPL then falls back to UART1 =
    /// COM2, TX GPIO17 / RX GPIO18 (adapter RX to GPIO17, adapter TX to GPIO18, GND to GND, 3.3 V levels).
    /// Buses (MicroPython esp32s3 numbering): I2C0 SCL9/SDA8, I2C1 SCL5/SDA4; SPI1 = SPI2_HOST (FSPI) SCK12/
    /// MOSI11/MISO13, SPI2 = SPI3_HOST SCK36/MOSI35/MISO37; UART1 TX17/RX18. ADC: ADC1 channels 0-9 = GPIO1-10.
    /// LED: an addressable WS2812 on GPIO48 (GPIO38 on board v1.1): Pin.value() does not light it, it needs the
    /// WS2812 protocol. BOOT button on GPIO0. Storage: internal flash as I: (/flash); no SD slot.
    /// </summary>
    public static class Esp32S3DevKitC
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "ESP32-S3 DevKitC-1";
            b.Mcu = "ESP32S3";
            b.Gpios = new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 };
            b.PinNames = BoardCatalog.Concat(BoardCatalog.GpioNames(b.Gpios), new string[] { "TX0", "RX0", "TX1", "RX1" });
            b.PinNumbers = BoardCatalog.Concat(b.Gpios, new int[] { 43, 44, 17, 18 });
            b.I2c = new int[] { 9, 8, 5, 4 };
            b.Spi = new int[] { -1, -1, -1, 12, 11, 13, 36, 35, 37 };
            b.Uart = new int[] { 43, 44, 17, 18 };
            b.ReplUart = 0;
            b.ReplUartFallback = 1;
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
