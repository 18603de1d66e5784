using MicroPy.Hal;

namespace MicroPy.Boards
{
    /// <summary>
    /// M5Stack Core2 (ESP32-D0WDQ6-V3). I2C0 is the internal bus (AXP192 power, BM8563 RTC, MPU6886 IMU, touch)
    /// on SCL 22 / SDA 21; I2C1 is Port A (red, SCL 33 / SDA 32). SPI2 serves the LCD and the SD slot (SCK 18,
    /// MOSI 23, MISO 38). Port C (blue) is UART2 (TX 14, RX 13) and serves the REPL: the USB-C port carries
    /// nanoFramework's debugger. The power LED belongs to the AXP192, so there is no GPIO LED; buttons are touch.
    /// </summary>
    public static class M5StackCore2
    {
        public static BoardDefinition Create()
        {
            BoardDefinition b = new BoardDefinition();
            b.Name = "M5Stack Core2";
            b.Mcu = "ESP32";
            b.Gpios = new int[] { 0, 1, 2, 3, 13, 14, 18, 19, 21, 22, 23, 25, 26, 27, 32, 33, 34, 35, 36, 38, 39 };
            b.PinNames = new string[] { "PORTA_SDA", "PORTA_SCL", "PORTB_IN", "PORTB_OUT", "PORTC_TX", "PORTC_RX", "SYS_SDA", "SYS_SCL" };
            b.PinNumbers = new int[] { 32, 33, 36, 26, 14, 13, 21, 22 };
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
            b.CpuFrequency = 240000000;
            return b;
        }
    }
}
