namespace MicroPy.Hal
{
    /// <summary>The board's peripherals. Open* return null when the id/pin does not exist on this board.</summary>
    public interface IHardware
    {
        BoardDefinition Board { get; }

        IGpioPin OpenPin(int number);

        II2cBus OpenI2c(int id, int scl, int sda);

        ISpiBus OpenSpi(int id, int sck, int mosi, int miso);

        /// <summary>tx/rx: a pin number, -1 for the board's default, -2 for no pin (that direction unused) where the
        /// board can leave it unconnected.</summary>
        IUart OpenUart(int id, int tx, int rx);

        IAdcChannel OpenAdc(int channel);

        /// <summary>A PWM output on pin, driven by PWM timer (0-7, the PwmTimers allocation: ESP32 LEDC timer t has the
        /// channels of PWM functions 2t+1 and 2t+2); opening the pin again on another timer moves it.</summary>
        IPwmChannel OpenPwm(int pin, int timer);

        /// <summary>A pulse-train output on pin (RMT), or null where the board has none.</summary>
        IPulseOut OpenPulseOut(int pin);

        /// <summary>A 1-Wire bus master on pin, or null where the pin cannot carry one.</summary>
        IOneWire OpenOneWire(int pin);

        /// <summary>A start-signal-and-answer capture on pin (DHT sensors), or null where the pin cannot do it.</summary>
        IPulseIn OpenPulseIn(int pin);

        ITimerService Timers { get; }

        IRtc Rtc { get; }

        IWatchdog Watchdog { get; }

        ISystemControl System { get; }

        /// <summary>Mounts (true) or unmounts the card in the board's SD slot, served as Board.SdDrive; raises OSError
        /// when it cannot (no slot, no card).</summary>
        void MountSd(bool mount);
    }
}
