using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// Espressif ESP32-C3-DevKitM-1 (nanoFramework target ESP32_C3). Pins are named by number; GPIO12-17 serve the
    /// flash and GPIO18/19 are the native USB D-/D+, which carry nanoFramework's debugger (wire protocol over
    /// USB-Serial/JTAG when the native USB is connected at boot: a USB cable to those header pins), so none of
    /// them is offered.
    /// REPL: UART0 = nanoFramework COM1, TX GPIO21 / RX GPIO20, which the board's micro-USB port reaches through
    /// its USB-UART bridge, 115200 8N1: no adapter. If the native USB was not connected at boot, the firmware puts
    /// the debugger on UART0 and refuses COM1 to the application; the REPL then falls back to UART1 = COM2, TX GPIO0
    /// / RX GPIO1 (a 3.3 V USB-serial adapter).
    /// Buses: I2C0 SCL5/SDA4; SPI1 = SPI2_HOST SCK6/MOSI7/MISO2; UART1 TX0/RX1. ADC: ADC1 channels 0-4 = GPIO0-4.
    /// LED: an addressable WS2812 on GPIO8 (Pin.value() does not light it). BOOT button on GPIO9. Storage: internal
    /// flash as I: (/flash).
    /// </summary>
    public static class Esp32C3DevKitM
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "ESP32-C3 DevKitM-1";
            b.Mcu = "ESP32C3";
            b.Gpios = new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 21 };
            b.PinNames = BoardCatalog.Concat(BoardCatalog.GpioNames(b.Gpios), new string[] { "TX0", "RX0", "TX1", "RX1" });
            b.PinNumbers = BoardCatalog.Concat(b.Gpios, new int[] { 21, 20, 0, 1 });
            b.I2c = new int[] { 5, 4 };
            b.Spi = new int[] { -1, -1, -1, 6, 7, 2 };
            b.Uart = new int[] { 21, 20, 0, 1 };
            b.ReplUart = 0;
            b.ReplUartFallback = 1;
            b.AdcPins = new int[] { 0, 1, 2, 3, 4 };
            b.LedNames = new string[] { "RGB_LED" };
            b.LedPins = new int[] { 8 };
            b.ButtonNames = new string[] { "BOOT" };
            b.ButtonPins = new int[] { 9 };
            b.FlashDrive = "I:";
            b.SdDrive = null;
            b.CpuFrequency = 160000000;
            return b;
        }
    }
}
