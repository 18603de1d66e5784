using MicroPy.Hal.NanoFramework.Emulation;

namespace MicroPy.Hal.NanoFramework.Desktop
{
    /// <summary>
    /// A board seen through the nanoFramework adapters on the desktop: pins, buses, ADC, PWM, the RMT pulse trains and
    /// pulse capture, 1-Wire, SD and the system control (reset, sleep, reset cause) are NanoHardware over the emulated
    /// libraries on a world; timers, RTC and watchdog stay the host's (the adapters' ones run on .NET threads and wall
    /// time).
    /// </summary>
    public sealed class EmulatedHardware : IHardware
    {
        private readonly NanoHardware _nano;
        private readonly IHardware _host;

        /// <summary>
        /// Boots the emulated chip on world (as after a reset) and opens the adapters for board. hostCause: a reset the
        /// host's own watchdog caused (ResetCause.WdtReset), which the firmware would have recorded; else -1.
        /// </summary>
        public EmulatedHardware(BoardDefinition board, IBoardWorld world, IHardware host, int hostCause)
        {
            EmulatedChip.Boot(world);
            ResetMarker.FlashDrive = board.FlashDrive != null ? board.FlashDrive : board.SdDrive;
            int recorded = ResetMarker.Take();
            if (hostCause == ResetCause.WdtReset)
            {
                recorded = hostCause;
            }
            _nano = new NanoHardware(board, recorded);
            _host = host;
        }

        public BoardDefinition Board
        {
            get { return _nano.Board; }
        }

        public IGpioPin OpenPin(int number)
        {
            return _nano.OpenPin(number);
        }

        public II2cBus OpenI2c(int id, int scl, int sda)
        {
            return _nano.OpenI2c(id, scl, sda);
        }

        public ISpiBus OpenSpi(int id, int sck, int mosi, int miso)
        {
            return _nano.OpenSpi(id, sck, mosi, miso);
        }

        public IUart OpenUart(int id, int tx, int rx)
        {
            return _nano.OpenUart(id, tx, rx);
        }

        public IAdcChannel OpenAdc(int channel)
        {
            return _nano.OpenAdc(channel);
        }

        public IPwmChannel OpenPwm(int pin, int timer)
        {
            return _nano.OpenPwm(pin, timer);
        }

        public IPulseOut OpenPulseOut(int pin)
        {
            return _nano.OpenPulseOut(pin);
        }

        public IOneWire OpenOneWire(int pin)
        {
            return _nano.OpenOneWire(pin);
        }

        public IPulseIn OpenPulseIn(int pin)
        {
            return _nano.OpenPulseIn(pin);
        }

        public ITimerService Timers
        {
            get { return _host.Timers; }
        }

        public IRtc Rtc
        {
            get { return _host.Rtc; }
        }

        public IWatchdog Watchdog
        {
            get { return _host.Watchdog; }
        }

        public ISystemControl System
        {
            get { return _nano.System; }
        }

        public void MountSd(bool mount)
        {
            _nano.MountSd(mount);
        }
    }
}
