using System;
using System.Device.Adc;
using System.Device.Gpio;
using System.Device.Pwm;
using MicroPy.Boards;
using MicroPy.Objects;
#if !NF_STM32
using nanoFramework.Hardware.Esp32;
using nanoFramework.System.IO.FileSystem;
#endif

namespace MicroPy.Hal.NanoFramework
{
    /// <summary>
    /// machine's peripherals on a nanoFramework board, driven by the board definition: pin numbers, default bus
    /// pins, ADC channels. On ESP32 every bus and PWM output is routed to its pins with
    /// Configuration.SetPinFunction before the nanoFramework device is created (so I2C/SPI accept any pins, and
    /// I2C(-1)/SPI(-1) run on a hardware bus); on STM32 the pins are fixed by the firmware and must match the
    /// board table. The REPL UART is reserved: UART(ReplUart) reports that it does not exist.
    /// </summary>
    public sealed class NanoHardware : IHardware
    {
        private readonly BoardDefinition _board;
        private GpioController _controller;
        private readonly NanoGpioPin[] _pins;
        private readonly NanoI2cBus[] _i2c;
        private readonly NanoSpiBus[] _spi;
        private readonly NanoUart[] _uarts;
        private AdcController _adc;
        private readonly NanoAdc[] _adcChannels;
        private readonly int[] _pwmPins = new int[16];
        private readonly NanoPwm[] _pwm = new NanoPwm[16];
        private readonly NanoOneWire[] _oneWire = new NanoOneWire[8];
        private global::nanoFramework.Device.OneWire.OneWireHost _oneWireHost;
        private int _oneWirePin = -1;
#if !NF_STM32
        private readonly int[] _pulsePins = new int[8];
        private readonly NanoPulseOut[] _pulse = new NanoPulseOut[8];
#endif
        private readonly NanoTimers _timers = new NanoTimers();
        private readonly NanoRtc _rtc = new NanoRtc();
        private readonly NanoWatchdog _watchdog = new NanoWatchdog();
        private readonly NanoSystem _system;

        public NanoHardware(BoardDefinition board, int recordedResetCause)
        {
            _board = board;
            int max = 0;
            for (int i = 0; i < board.Gpios.Length; i++)
            {
                if (board.Gpios[i] > max)
                {
                    max = board.Gpios[i];
                }
            }
            _pins = new NanoGpioPin[max + 1];
            _i2c = new NanoI2cBus[board.I2cCount];
            _spi = new NanoSpiBus[board.SpiCount];
            _uarts = new NanoUart[board.UartCount];
            _adcChannels = new NanoAdc[board.AdcPins == null ? 0 : board.AdcPins.Length];
            for (int i = 0; i < _pwmPins.Length; i++)
            {
                _pwmPins[i] = -1;
            }
            _system = new NanoSystem(board, recordedResetCause);
        }

        public BoardDefinition Board
        {
            get { return _board; }
        }

        public GpioController Controller
        {
            get
            {
                if (_controller == null)
                {
                    _controller = new GpioController();
                }
                return _controller;
            }
        }

        private bool Esp32
        {
            get { return DeviceBuses.IsEsp32(_board); }
        }

        public IGpioPin OpenPin(int number)
        {
            if (!_board.IsGpio(number) || number >= _pins.Length)
            {
                return null;
            }
            NanoGpioPin p = _pins[number];
            if (p == null)
            {
                p = new NanoGpioPin(this, number);
                _pins[number] = p;
            }
            return p;
        }

        /// <summary>Hands a line from GPIO to a peripheral.</summary>
        private void Release(int number)
        {
            if (number >= 0 && number < _pins.Length && _pins[number] != null)
            {
                _pins[number].Release();
            }
        }

        private void Route(int pin, int function)
        {
#if !NF_STM32
            if (pin < 0)
            {
                return;
            }
            Release(pin);
            Configuration.SetPinFunction(pin, (DeviceFunction)function);
#endif
        }

        public II2cBus OpenI2c(int id, int scl, int sda)
        {
            int bus = DeviceBuses.I2cIdForRequest(_board, id, scl, sda);
            if (bus < 0 || !_board.IsGpio(scl) || !_board.IsGpio(sda))
            {
                return null;
            }
            if (!Esp32 && (_board.I2c[2 * bus] != scl || _board.I2c[2 * bus + 1] != sda))
            {
                return null;
            }
            int nfBus = DeviceBuses.I2cBus(_board, bus);
            if (_i2c[bus] != null)
            {
                _i2c[bus].Close();
            }
            try
            {
                Route(sda, DeviceBuses.Esp32I2cFunction(nfBus, false));
                Route(scl, DeviceBuses.Esp32I2cFunction(nfBus, true));
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "can't route I2C pins");
            }
            if (_i2c[bus] == null)
            {
                _i2c[bus] = new NanoI2cBus(nfBus);
            }
            return _i2c[bus];
        }

        public ISpiBus OpenSpi(int id, int sck, int mosi, int miso)
        {
            int bus = DeviceBuses.SpiIdForRequest(_board, id, sck);
            if (bus < 0 || !_board.IsGpio(sck))
            {
                return null;
            }
            if (!Esp32 && _board.Spi[3 * bus] != sck)
            {
                return null;
            }
            int nfBus = DeviceBuses.SpiBus(_board, bus);
            if (_spi[bus] != null)
            {
                _spi[bus].Close();
            }
            try
            {
                Route(mosi, DeviceBuses.Esp32SpiFunction(nfBus, 0));
                Route(miso, DeviceBuses.Esp32SpiFunction(nfBus, 1));
                Route(sck, DeviceBuses.Esp32SpiFunction(nfBus, 2));
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "can't route SPI pins");
            }
            if (_spi[bus] == null)
            {
                _spi[bus] = new NanoSpiBus(nfBus);
            }
            return _spi[bus];
        }

        public IUart OpenUart(int id, int tx, int rx)
        {
            if (id < 0 || id >= _board.UartCount || id == _board.ReplUart)
            {
                return null;
            }
            if (tx < 0)
            {
                tx = _board.Uart[2 * id];
            }
            if (rx < 0)
            {
                rx = _board.Uart[2 * id + 1];
            }
            if (tx < 0 && rx < 0)
            {
                return null;
            }
            if (_uarts[id] != null)
            {
                _uarts[id].Close();
            }
            string port = DeviceBuses.UartPort(_board, id);
            try
            {
                int com = port[3] - '0';
                Route(tx, DeviceBuses.Esp32SerialFunction(com, 0));
                Route(rx, DeviceBuses.Esp32SerialFunction(com, 1));
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "can't route UART pins");
            }
            if (_uarts[id] == null)
            {
                _uarts[id] = new NanoUart(port);
            }
            return _uarts[id];
        }

        public IAdcChannel OpenAdc(int channel)
        {
            if (channel < 0 || channel >= _adcChannels.Length || _board.AdcPins[channel] < 0)
            {
                return null;
            }
            if (_adcChannels[channel] == null)
            {
                try
                {
                    if (_adc == null)
                    {
                        _adc = new AdcController();
                    }
                    Release(_board.AdcPins[channel]);
                    _adcChannels[channel] = new NanoAdc(_adc.OpenChannel(channel), _adc.ResolutionInBits);
                }
                catch (Exception e)
                {
                    throw NanoErrors.ToOSError(e, "ADC channel " + Ops.IntToString(channel) + " unavailable");
                }
            }
            return _adcChannels[channel];
        }

        /// <summary>
        /// ESP32: slot i is PWM function i + 1, which the firmware runs on LEDC timer i / 2 (GetChannel scans PwmMapping
        /// [timer * 2 .. timer * 2 + 1]), so the pin takes a free slot of its timer and moves when the timer changes.
        /// STM32: the pin's own timer channel, any slot.
        /// </summary>
        public IPwmChannel OpenPwm(int pin, int timer)
        {
            // ESP32 GPIO34-39 are input only: LEDC cannot drive them (the firmware's channel setup fails).
            if (!_board.IsGpio(pin) || (_board.Mcu == "ESP32" && pin >= 34))
            {
                return null;
            }
            bool esp32 = DeviceBuses.IsEsp32(_board);
            for (int i = 0; i < _pwmPins.Length; i++)
            {
                if (_pwmPins[i] == pin)
                {
                    if (!esp32 || i / 2 == timer)
                    {
                        return _pwm[i];
                    }
                    _pwm[i].Dispose();
                    _pwm[i] = null;
                    _pwmPins[i] = -1;
                }
            }
            int free = -1;
            for (int i = 0; i < _pwmPins.Length && free < 0; i++)
            {
                if (_pwmPins[i] < 0 && (!esp32 || i / 2 == timer))
                {
                    free = i;
                }
            }
            // machine's deinit only stops an output: a stopped one gives its channel up.
            for (int i = 0; i < _pwmPins.Length && free < 0; i++)
            {
                if (_pwmPins[i] >= 0 && !_pwm[i].Running && (!esp32 || i / 2 == timer))
                {
                    _pwm[i].Evict();
                    _pwm[i] = null;
                    _pwmPins[i] = -1;
                    free = i;
                }
            }
            if (free < 0)
            {
                throw Err.OS(OsErrno.EBUSY, "all PWM channels are in use");
            }
            PwmChannel ch;
            try
            {
                Route(pin, DeviceBuses.Esp32PwmFunction(free + 1));
                Release(pin);
                ch = PwmChannel.CreateFromPin(pin, 1000, 0.5);
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "PWM unavailable on pin " + Ops.IntToString(pin));
            }
            if (ch == null)
            {
                return null;
            }
            _pwmPins[free] = pin;
            _pwm[free] = new NanoPwm(ch);
            return _pwm[free];
        }

        /// <summary>ESP32: an RMT transmitter on the pin (one per pin, kept); STM32 boards have no RMT.</summary>
        public IPulseOut OpenPulseOut(int pin)
        {
#if NF_STM32
            return null;
#else
            if (!_board.IsGpio(pin))
            {
                return null;
            }
            for (int i = 0; i < _pulsePins.Length; i++)
            {
                if (_pulsePins[i] == pin && _pulse[i] != null)
                {
                    return _pulse[i];
                }
                if (_pulse[i] == null)
                {
                    Release(pin);
                    NanoPulseOut o;
                    try
                    {
                        o = new NanoPulseOut(pin);
                    }
                    catch (Exception)
                    {
                        // The firmware refuses the pin (an input-only GPIO) or has no RMT channel left.
                        return null;
                    }
                    _pulsePins[i] = pin;
                    _pulse[i] = o;
                    return o;
                }
            }
            throw Err.OS(OsErrno.EBUSY, "all RMT channels are in use");
#endif
        }

        /// <summary>
        /// nanoFramework's OneWireHost runs one bus on a UART whose TX (open drain) and RX share the line: on ESP32 its
        /// UART2 (COM3), so boards whose REPL is on UART2 have no 1-Wire; on STM32 the firmware's UART and pins. Each
        /// pin gets its bus object; the one host moves to the pin of the bus in use (OneWireHostOn).
        /// </summary>
        public IOneWire OpenOneWire(int pin)
        {
            if (!_board.IsGpio(pin))
            {
                return null;
            }
#if !NF_STM32
            if (_board.ReplUart == 2)
            {
                throw Err.OS(OsErrno.EBUSY, "1-Wire needs UART2, which carries the REPL on this board");
            }
#endif
            for (int i = 0; i < _oneWire.Length; i++)
            {
                if (_oneWire[i] != null && _oneWire[i].Pin == pin)
                {
                    return _oneWire[i];
                }
            }
            int free = -1;
            for (int i = 0; i < _oneWire.Length && free < 0; i++)
            {
                if (_oneWire[i] == null)
                {
                    free = i;
                }
            }
            if (free < 0)
            {
                throw Err.OS(OsErrno.EBUSY, "too many 1-Wire buses");
            }
            OneWireHostOn(pin);
            _oneWire[free] = new NanoOneWire(this, pin);
            return _oneWire[free];
        }

        /// <summary>The 1-Wire host with its UART routed to pin: when another bus used it last, the host is closed and
        /// opened again there (the firmware routes the UART's pins as the host opens: uart_set_pin in NativeInit).</summary>
        internal global::nanoFramework.Device.OneWire.OneWireHost OneWireHostOn(int pin)
        {
            if (_oneWireHost != null && _oneWirePin == pin)
            {
                return _oneWireHost;
            }
            if (_oneWireHost != null)
            {
                _oneWireHost.Dispose();
                _oneWireHost = null;
                _oneWirePin = -1;
            }
#if !NF_STM32
            Route(pin, DeviceBuses.Esp32SerialFunction(3, 0));
            Configuration.SetPinFunction(pin, (DeviceFunction)DeviceBuses.Esp32SerialFunction(3, 1));
#endif
            try
            {
                _oneWireHost = new global::nanoFramework.Device.OneWire.OneWireHost();
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "1-Wire unavailable on pin " + Ops.IntToString(pin));
            }
            _oneWirePin = pin;
            return _oneWireHost;
        }

        /// <summary>ESP32: the RMT receiver on the pin (the start signal through its GPIO); STM32 boards have no RMT.</summary>
        public IPulseIn OpenPulseIn(int pin)
        {
#if NF_STM32
            return null;
#else
            // The start signal needs a pin that can pull the line low.
            int[] inputOnly = _board.InputOnlyPins;
            for (int i = 0; inputOnly != null && i < inputOnly.Length; i++)
            {
                if (inputOnly[i] == pin)
                {
                    return null;
                }
            }
            IGpioPin gpio = OpenPin(pin);
            return gpio == null ? null : new NanoPulseIn(gpio, pin);
#endif
        }

        public ITimerService Timers
        {
            get { return _timers; }
        }

        public IRtc Rtc
        {
            get { return _rtc; }
        }

        public IWatchdog Watchdog
        {
            get { return _watchdog; }
        }

        public ISystemControl System
        {
            get { return _system; }
        }

#if !NF_STM32
        private SDCard _sd;
#endif

        /// <summary>
        /// ESP32: the slot's card through nanoFramework's SDCard (SPI slots get their bus pins routed first), mounted as
        /// D:. STM32: the firmware mounts an inserted card by itself (its SDCard natives are stubs), so this only checks
        /// that the drive is there.
        /// </summary>
        public void MountSd(bool mount)
        {
            if (_board.SdDrive == null)
            {
                throw Err.OS(OsErrno.ENODEV, "this board has no SD card slot");
            }
#if NF_STM32
            if (mount && !global::System.IO.Directory.Exists(_board.SdDrive + "\\"))
            {
                throw Err.OS(OsErrno.ENODEV, "no SD card in the slot");
            }
#else
            try
            {
                if (!mount)
                {
                    if (_sd != null && _sd.IsMounted)
                    {
                        _sd.Unmount();
                    }
                    return;
                }
                if (_sd == null)
                {
                    if (_board.SdSpi >= 0)
                    {
                        int bus = _board.SdSpi;
                        int nfBus = DeviceBuses.SpiBus(_board, bus);
                        Route(_board.Spi[3 * bus + 1], DeviceBuses.Esp32SpiFunction(nfBus, 0));
                        Route(_board.Spi[3 * bus + 2], DeviceBuses.Esp32SpiFunction(nfBus, 1));
                        Route(_board.Spi[3 * bus], DeviceBuses.Esp32SpiFunction(nfBus, 2));
                        SDCardSpiParameters p = new SDCardSpiParameters();
                        p.spiBus = (uint)nfBus;
                        p.chipSelectPin = (uint)_board.SdCs;
                        _sd = new SDCard(p);
                    }
                    else
                    {
                        SDCardMmcParameters p = new SDCardMmcParameters();
                        p.dataWidth = _board.SdMmcWidth == 1 ? SDCard.SDDataWidth._1_bit : SDCard.SDDataWidth._4_bit;
                        _sd = new SDCard(p);
                    }
                }
                if (!_sd.IsMounted)
                {
                    _sd.Mount();
                }
            }
            catch (PyException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw NanoErrors.ToOSError(e, "SD card not mounted (no card, or not readable)");
            }
#endif
        }
    }
}
