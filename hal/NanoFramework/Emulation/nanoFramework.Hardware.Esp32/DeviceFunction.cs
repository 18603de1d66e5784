namespace nanoFramework.Hardware.Esp32
{
    /// <summary>DeviceType * 0x10000 + index * 0x100 + line (nanoframework/nanoFramework.Hardware.Esp32 Configuration.cs).</summary>
    public enum DeviceFunction
    {
        SPI1_MOSI = 0x10000 + 0x100 + 0,
        SPI1_MISO = 0x10000 + 0x100 + 1,
        SPI1_CLOCK = 0x10000 + 0x100 + 2,
        SPI2_MOSI = 0x10000 + 0x200 + 0,
        SPI2_MISO = 0x10000 + 0x200 + 1,
        SPI2_CLOCK = 0x10000 + 0x200 + 2,
        I2C1_DATA = 0x20000 + 0x100 + 0,
        I2C1_CLOCK = 0x20000 + 0x100 + 1,
        I2C2_DATA = 0x20000 + 0x200 + 0,
        I2C2_CLOCK = 0x20000 + 0x200 + 1,
        COM1_TX = 0x30000 + 0x100 + 0,
        COM1_RX = 0x30000 + 0x100 + 1,
        COM2_TX = 0x30000 + 0x200 + 0,
        COM2_RX = 0x30000 + 0x200 + 1,
        COM3_TX = 0x30000 + 0x300 + 0,
        COM3_RX = 0x30000 + 0x300 + 1,
        PWM1 = 0x40000 + 0x100,
        PWM2 = 0x40000 + 0x200,
        PWM3 = 0x40000 + 0x300,
        PWM4 = 0x40000 + 0x400,
        ADC1_CH0 = 0x50000 + 0x100 + 0,
    }
}
