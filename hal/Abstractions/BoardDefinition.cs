namespace MicroPy.Hal
{
    /// <summary>
    /// What a board offers: named pins (machine.Pin.board), default buses and their pins, LEDs, buttons, ADC
    /// channels, the REPL UART and drives. Bus tables are indexed by bus id; -1 marks a missing pin or bus.
    /// </summary>
    public sealed class BoardDefinition
    {
        public string Name;
        public string Mcu;
        /// <summary>Every GPIO number that may be used.</summary>
        public int[] Gpios;
        /// <summary>Board names for pins (silkscreen or header labels), parallel to PinNumbers.</summary>
        public string[] PinNames;
        public int[] PinNumbers;
        /// <summary>I2C bus id i: scl = I2c[2i], sda = I2c[2i+1].</summary>
        public int[] I2c;
        /// <summary>SPI bus id i: sck = Spi[3i], mosi = Spi[3i+1], miso = Spi[3i+2].</summary>
        public int[] Spi;
        /// <summary>UART id i: tx = Uart[2i], rx = Uart[2i+1].</summary>
        public int[] Uart;
        public int ReplUart;
        /// <summary>UART for the REPL when ReplUart cannot be opened, or -1. nanoFramework's ESP32-S3/C3 firmware runs
        /// its debugger over the native USB when that is connected at boot and over UART0 otherwise, and then refuses
        /// COM1 to the application (nf-interpreter targets/ESP32/_common/WireProtocol_HAL_Interface.c WP_Initialise,
        /// targets/ESP32/_nanoCLR/System.IO.Ports/sys_io_ser_native_System_IO_Ports_SerialPort.cpp NativeInit).</summary>
        public int ReplUartFallback = -1;
        /// <summary>ADC channel i is on pin AdcPins[i].</summary>
        public int[] AdcPins;
        public string[] LedNames;
        public int[] LedPins;
        public string[] ButtonNames;
        public int[] ButtonPins;
        /// <summary>nanoFramework drive letter that serves /flash, and /sd (null when absent).</summary>
        public string FlashDrive;
        public string SdDrive;
        /// <summary>How the SD slot is wired: SPI (machine SPI bus SdSpi, chip select SdCs), or SD/MMC with SdMmcWidth
        /// data lines (1 or 4); neither (-1, 0): the firmware mounts the card itself (STM32 boards).</summary>
        public int SdSpi = -1;
        public int SdCs = -1;
        public int SdMmcWidth;
        public long CpuFrequency;
        /// <summary>os.uname().sysname (null: the port's name).</summary>
        public string Sysname;
        /// <summary>Alternate functions per GPIO (parallel to Gpios): space-separated "NAME:index" pairs; null when
        /// the board does not list them (then Pin.alt_list() is empty and only alt=-1 is accepted).</summary>
        public string[] AltFunctions;
        /// <summary>PWM output pin of Timer t channel A (2t) and B (2t+1), -1 for none; null: any pin (pin= given).</summary>
        public int[] PwmPins;
        /// <summary>Pins that can wake the chip from machine.SLEEP/DEEPSLEEP; null: every pin.</summary>
        public int[] WakePins;
        /// <summary>Hardware timers machine.Timer(id) offers (ids 0..TimerCount-1); 0: the port's default.</summary>
        public int TimerCount;
        /// <summary>SD slot pins (clk, cmd, dat0) when the card is wired to an SD host; null otherwise.</summary>
        public int[] SdPins;
        /// <summary>GPIOs that are inputs only, without pull resistors (ESP32 GPIO34-39).</summary>
        public int[] InputOnlyPins;
        /// <summary>Year the RTC shows at power-on (0: 2000, the device epoch).</summary>
        public int RtcStartYear;

        public bool IsGpio(int number)
        {
            int[] g = Gpios;
            for (int i = 0; i < g.Length; i++)
            {
                if (g[i] == number)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Pin number for a board name ("LED", "D2", "GPIO5", "P5" or "5"), or -1.</summary>
        public int FindPin(string name)
        {
            for (int i = 0; i < PinNames.Length; i++)
            {
                if (PinNames[i] == name)
                {
                    return PinNumbers[i];
                }
            }
            if (LedNames != null)
            {
                for (int i = 0; i < LedNames.Length; i++)
                {
                    if (LedNames[i] == name)
                    {
                        return LedPins[i];
                    }
                }
            }
            if (ButtonNames != null)
            {
                for (int i = 0; i < ButtonNames.Length; i++)
                {
                    if (ButtonNames[i] == name)
                    {
                        return ButtonPins[i];
                    }
                }
            }
            return -1;
        }

        public int I2cCount
        {
            get { return I2c == null ? 0 : I2c.Length / 2; }
        }

        public int SpiCount
        {
            get { return Spi == null ? 0 : Spi.Length / 3; }
        }

        public int UartCount
        {
            get { return Uart == null ? 0 : Uart.Length / 2; }
        }
    }
}
