namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>
    /// The electrical side of an emulated nanoFramework board, as the emulated device libraries see it. The libraries
    /// (hal/NanoFramework/Emulation) keep the firmware's rules (which modes a pin accepts, what a mode switch drives,
    /// frame byte order, timer sharing, ...); the world only answers for wires, devices and time. Pin modes are
    /// System.Device.Gpio.PinMode values; bus numbers, COM numbers and ADC channels are nanoFramework's.
    /// </summary>
    public interface IBoardWorld
    {
        /// <summary>EmulatedMcu.Esp32 or EmulatedMcu.Stm32F7: selects the firmware's rules.</summary>
        int Mcu { get; }

        /// <summary>nanoFramework's target name (SystemInfo.TargetName), e.g. ESP32_REV3.</summary>
        string TargetName { get; }

        /// <summary>Where edges and UART data are reported (set by the emulation).</summary>
        IWorldListener Listener { get; set; }

        /// <summary>Time since boot in 100 ns ticks (board time: virtual on the desktop simulation).</summary>
        long NowTicks { get; }

        /// <summary>Lets ms milliseconds of board time pass (a sleep of the CPU).</summary>
        void Delay(int ms);

        /// <summary>Configures a pin's driver: a PinMode value, or -1 when the pin is given up (high impedance).</summary>
        void SetPinMode(int pin, int mode);

        /// <summary>Sets the output latch of a pin (driven when the pin is in an output mode).</summary>
        void SetPinOutput(int pin, int level);

        /// <summary>The level at a pin (0 or 1).</summary>
        int ReadPin(int pin);

        /// <summary>Starts or stops edge reports for a pin (IWorldListener.PinChanged).</summary>
        void WatchPin(int pin, bool watch);

        /// <summary>An I2C transaction: write then (repeated start) read, one stop. 0 done, 1 not acknowledged, 2 bus timeout.</summary>
        int I2cTransfer(int bus, int address, byte[] write, int writeCount, byte[] read, int readCount);

        /// <summary>count bytes on an SPI bus, in wire order, each byte most significant bit first.</summary>
        void SpiTransfer(int bus, byte[] tx, byte[] rx, int count);

        /// <summary>Opens serial port COMn (false: the port does not exist on this board).</summary>
        bool UartOpen(int com, int baudRate);

        /// <summary>Bytes sent on COMn's TX line.</summary>
        void UartWrite(int com, byte[] data, int offset, int count);

        /// <summary>Received bytes of COMn (at most count; 0 when none wait).</summary>
        int UartRead(int com, byte[] data, int offset, int count);

        /// <summary>How many received bytes of COMn wait.</summary>
        int UartAvailable(int com);

        /// <summary>What a PWM output drives at a pin: its timer's frequency (Hz) and duty (0-10000), or stopped.</summary>
        void PwmOutput(int pin, int frequency, int dutyPer10k, bool running);

        /// <summary>
        /// Drives a pin with nanosecond timing (the ESP32's RMT transmitter; the UART whose frames time 1-Wire slots):
        /// from now, levels[i] for durationsNs[i] in turn (openDrain: a 1 releases the line to its pull-up; a last
        /// duration of 0 only sets the level the pin keeps). The line is read at sampleNs[k] after the start into
        /// samples[k] (sampleNs ascending; sampleCount 0: none). Board time moves to the end of the train.
        /// </summary>
        void DriveTimed(int pin, bool openDrain, int[] levels, int[] durationsNs, int count, int[] sampleNs, int[] samples, int sampleCount);

        /// <summary>Starts recording a pin's level changes (the ESP32's RMT receiver); CaptureLevels returns them.</summary>
        void CaptureStart(int pin);

        /// <summary>
        /// The level changes of a pin since CaptureStart: levels[i] held for durationsNs[i], from the first change
        /// on, once the line has kept its level for idleNs after the last change (board time moves on until then);
        /// the level it rests at is not counted. 0 when nothing changed within timeoutMs. At most levels.Length.
        /// </summary>
        int CaptureLevels(int pin, int[] levels, int[] durationsNs, int idleNs, int timeoutMs);

        /// <summary>A raw conversion of ADC channel n (the firmware's channel numbering).</summary>
        int AdcRead(int channel);

        /// <summary>
        /// The chip stops (deep sleep, standby, reboot). wakeAfterMs &lt; 0: no timer wake. reason: the WorldBoot
        /// value the next boot reports when nothing else wakes it first. Does not return.
        /// </summary>
        void PowerDown(int wakeAfterMs, int reason);

        /// <summary>
        /// Deep sleep that pins can end too (the ESP32's ext0/ext1 wake sources): as PowerDown(wakeAfterMs,
        /// WorldBoot.TimerWake), and the chip also wakes, with WorldBoot.PinWake, when a pin i whose together[i] is
        /// false reads levels[i], or when every pin whose together[i] is true reads its level at the same time.
        /// Does not return.
        /// </summary>
        void PowerDownUntil(int wakeAfterMs, int[] pins, int[] levels, bool[] together, int count);

        /// <summary>The reason of the current boot (a WorldBoot value).</summary>
        int BootCause { get; }

        /// <summary>After a pin wake: bit n set for each GPIO n whose wake level held as the chip woke; else 0.</summary>
        long WakePinMask { get; }

        /// <summary>Storage: 0 nothing, 1 a file, 2 a directory at a firmware path ("I:\\dir\\f.py").</summary>
        int PathKind(string path);

        /// <summary>The whole file, or null.</summary>
        byte[] ReadFile(string path);

        /// <summary>Creates or replaces a file with count bytes of data (false: the folder does not exist).</summary>
        bool WriteFile(string path, byte[] data, int count);

        bool CreateDirectory(string path);

        /// <summary>Deletes a file or an empty directory.</summary>
        bool Delete(string path);

        bool Move(string from, string to);

        /// <summary>Full paths of the files (or directories) directly in a directory.</summary>
        string[] List(string directory, bool directories);

        /// <summary>Free managed memory in bytes (compact: collect first), 0 when unknown.</summary>
        long FreeMemory(bool compact);
    }
}
