using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using MicroPy.Boards;
using MicroPy.Objects;
using MicroPy.Runtime;
using MicroPy.Modules;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// The simulated board: one virtual clock with an event queue, and every peripheral of the board definition.
    /// In virtual mode time only moves when the program sleeps (instantly, firing due events and running their
    /// callbacks at the right virtual time) or busy-polls (each repeated observation of the same instant moves the
    /// clock by 1 us, so polling loops terminate). Same script, same output, every run. In real-time mode the
    /// clock follows the host and a one-shot pump timer, armed for the earliest pending event only, fires events as
    /// they fall due: an idle board costs no CPU.
    /// </summary>
    public sealed class SimBoard : IHardware, ISdCard
    {
        /// <summary>The simulated board's heap: a board with PSRAM (nanoFramework's ESP32 PSRAM targets give the
        /// managed heap several MB), and room for the REPL's 1 MB raw pastes. The desktop host's default heap cap.</summary>
        public const long HeapBytes = 16L * 1024 * 1024;

        public readonly object Sync = new object();
        public readonly BoardDefinition Definition;
        public readonly SimClock Clock;
        public readonly SimTimers TimerService;
        public readonly SimRtc RtcDevice;
        public readonly SimWatchdog WatchdogDevice;
        public readonly SimSystem SystemControl;
        public readonly bool RealTime;

        private long _now;
        private long _lastObserved = -1;
        private long _seq;
        private readonly List<SimEvent> _events = new List<SimEvent>();
        private readonly Dictionary<int, SimPin> _pins = new Dictionary<int, SimPin>();
        private readonly Dictionary<int, SimI2cBus> _i2c = new Dictionary<int, SimI2cBus>();
        private readonly Dictionary<int, SimSpiBus> _spi = new Dictionary<int, SimSpiBus>();
        private readonly Dictionary<int, SimUart> _uarts = new Dictionary<int, SimUart>();
        private readonly Dictionary<int, SimAdc> _adc = new Dictionary<int, SimAdc>();
        private readonly Dictionary<int, SimPwm> _pwm = new Dictionary<int, SimPwm>();
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private Timer _pump;
        // Board time the pump timer is armed for, or -1 when it is not armed.
        private long _armedAt = -1;
        private int _interpThread;

        public SimBoard(bool realTime) : this(realTime, "sim")
        {
        }

        /// <summary>A simulation of the board boardId of BoardCatalog ("sim", "wipy"; with the nanoFramework emulation
        /// also "esp32_devkitc", "stm32f769i_discovery").</summary>
        public SimBoard(bool realTime, string boardId)
            : this(realTime, BoardCatalog.Find(boardId))
        {
        }

        /// <summary>A simulated board with a board definition's pins and buses.</summary>
        public SimBoard(bool realTime, BoardDefinition definition)
        {
            Definition = definition;
            RealTime = realTime;
            Clock = new SimClock(this);
            TimerService = new SimTimers(this);
            RtcDevice = new SimRtc(this);
            WatchdogDevice = new SimWatchdog(this);
            SystemControl = new SimSystem(this);
            if (Definition.RtcStartYear > 2000)
            {
                RtcDevice.Set(CivilTime.DaysFromCivil(Definition.RtcStartYear, 1, 1) * CivilTime.UsPerDay);
            }
            _interpThread = Environment.CurrentManagedThreadId;
            if (realTime)
            {
                _pump = new Timer(delegate { Pump(); }, null, Timeout.Infinite, Timeout.Infinite);
            }
        }

        /// <summary>Makes this board the platform's hardware and clock.</summary>
        public void Install()
        {
            Platform.Hardware = this;
            Platform.Clock = Clock;
            Platform.EpochYear = 2000;
            _interpThread = Environment.CurrentManagedThreadId;
        }

        public void Dispose()
        {
            lock (Sync)
            {
                if (_pump != null)
                {
                    _pump.Dispose();
                    _pump = null;
                }
            }
        }

        // ---- time ----

        public long NowUs
        {
            get
            {
                lock (Sync)
                {
                    if (RealTime)
                    {
                        SyncReal();
                    }
                    return _now;
                }
            }
        }

        private void SyncReal()
        {
            long t = _wall.ElapsedTicks * 1000000L / Stopwatch.Frequency;
            if (t > _now)
            {
                _now = t;
            }
        }

        /// <summary>Reads the clock for the program: a repeated reading of an unchanged clock advances it 1 us.</summary>
        public long Observe()
        {
            lock (Sync)
            {
                if (RealTime)
                {
                    SyncReal();
                    RunDue(_now, false);
                    return _now;
                }
                if (_now == _lastObserved)
                {
                    RunDue(_now + 1, false);
                    if (_now < _lastObserved + 1)
                    {
                        _now = _lastObserved + 1;
                    }
                }
                _lastObserved = _now;
                return _now;
            }
        }

        /// <summary>Sleeps us microseconds of board time, firing events and running callbacks as they fall due.</summary>
        public void Sleep(long us)
        {
            if (RealTime)
            {
                long end = NowUs + us;
                while (true)
                {
                    long now = NowUs;
                    if (now >= end)
                    {
                        break;
                    }
                    long chunk = end - now;
                    Thread.Sleep((int)Math.Min(Math.Max(chunk / 1000, 0), 10));
                    lock (Sync)
                    {
                        SyncReal();
                        RunDue(_now, false);
                    }
                    RunCallbacks();
                }
                return;
            }
            long target;
            lock (Sync)
            {
                target = _now + us;
            }
            AdvanceTo(target);
        }

        /// <summary>Moves virtual time to target, firing every event on the way and running the Python callbacks they
        /// queue at their own virtual time.</summary>
        public void AdvanceTo(long target)
        {
            RunCallbacks();
            while (true)
            {
                bool fired;
                lock (Sync)
                {
                    fired = RunOne(target);
                    if (!fired)
                    {
                        if (_now < target)
                        {
                            _now = target;
                        }
                        return;
                    }
                }
                RunCallbacks();
            }
        }

        private void RunCallbacks()
        {
            if (Scheduler.Pending != 0 && Environment.CurrentManagedThreadId == _interpThread)
            {
                Scheduler.RunPending();
            }
        }

        private void RunDue(long upTo, bool callbacks)
        {
            while (RunOne(upTo))
            {
            }
            if (_now < upTo)
            {
                _now = upTo;
            }
        }

        /// <summary>Fires the earliest event at or before upTo (caller holds Sync). False when there is none.</summary>
        private bool RunOne(long upTo)
        {
            SimEvent e = null;
            for (int i = 0; i < _events.Count; i++)
            {
                SimEvent c = _events[i];
                if (c.Cancelled)
                {
                    _events.RemoveAt(i);
                    i--;
                    continue;
                }
                if (c.Time <= upTo && (e == null || c.Time < e.Time || (c.Time == e.Time && c.Seq < e.Seq)))
                {
                    e = c;
                }
            }
            if (e == null)
            {
                return false;
            }
            if (e.Time > _now)
            {
                _now = e.Time;
            }
            if (e.PeriodUs > 0)
            {
                e.Time += e.PeriodUs;
                e.Seq = ++_seq;
            }
            else
            {
                _events.Remove(e);
                e.Cancelled = true;
            }
            e.Run();
            return true;
        }

        private void Pump()
        {
            lock (Sync)
            {
                _armedAt = -1;
                SyncReal();
                RunDue(_now, false);
                Arm();
            }
        }

        /// <summary>Arms the pump for the earliest pending event (caller holds Sync); real time only.</summary>
        private void Arm()
        {
            if (_pump == null)
            {
                return;
            }
            long next = -1;
            for (int i = 0; i < _events.Count; i++)
            {
                if (!_events[i].Cancelled && (next < 0 || _events[i].Time < next))
                {
                    next = _events[i].Time;
                }
            }
            if (next < 0 || (_armedAt >= 0 && _armedAt <= next))
            {
                return;
            }
            SyncReal();
            long delayMs = next > _now ? (next - _now + 999) / 1000 : 0;
            _armedAt = next;
            _pump.Change(delayMs, Timeout.Infinite);
        }

        public SimEvent Schedule(long atUs, long periodUs, Action run)
        {
            lock (Sync)
            {
                SimEvent e = new SimEvent();
                e.Time = atUs;
                e.PeriodUs = periodUs;
                e.Run = run;
                e.Seq = ++_seq;
                _events.Add(e);
                Arm();
                return e;
            }
        }

        public void Cancel(SimEvent e)
        {
            lock (Sync)
            {
                e.Cancelled = true;
                _events.Remove(e);
            }
        }

        /// <summary>Time of the next pending event, or -1.</summary>
        public long NextEventTime()
        {
            lock (Sync)
            {
                long t = -1;
                for (int i = 0; i < _events.Count; i++)
                {
                    if (!_events[i].Cancelled && (t < 0 || _events[i].Time < t))
                    {
                        t = _events[i].Time;
                    }
                }
                return t;
            }
        }

        /// <summary>Board reset from a HAL event: thrown here in virtual time, queued for the VM in real time.</summary>
        public void RaiseReset(int cause)
        {
            SystemControl.NextCause = cause;
            WatchdogDevice.Stop();
            if (RealTime || Environment.CurrentManagedThreadId != _interpThread)
            {
                Scheduler.Schedule(new ResetTrigger(cause), PyNone.None);
                return;
            }
            throw new BoardResetException(cause);
        }

        private sealed class ResetTrigger : PyObject
        {
            private static readonly PyType s_type = PyType.Native("reset", null, null);
            private readonly int _cause;

            public ResetTrigger(int cause)
            {
                _cause = cause;
            }

            public override PyType Type
            {
                get { return s_type; }
            }

            public override object Call(object[] args, int argc, int kwc)
            {
                throw new BoardResetException(_cause);
            }
        }

        // ---- peripherals ----

        public BoardDefinition Board
        {
            get { return Definition; }
        }

        public SimPin Pin(int number)
        {
            lock (Sync)
            {
                SimPin p;
                if (!_pins.TryGetValue(number, out p))
                {
                    if (!Definition.IsGpio(number))
                    {
                        return null;
                    }
                    p = new SimPin(this, number);
                    _pins[number] = p;
                }
                return p;
            }
        }

        public IGpioPin OpenPin(int number)
        {
            return Pin(number);
        }

        /// <summary>The I2C bus a machine.I2C uses: by id, or for id -1 the board bus on the same pins, else bus -1.</summary>
        public SimI2cBus I2cBus(int id)
        {
            lock (Sync)
            {
                SimI2cBus b;
                if (!_i2c.TryGetValue(id, out b))
                {
                    b = new SimI2cBus(this, id);
                    _i2c[id] = b;
                }
                return b;
            }
        }

        public II2cBus OpenI2c(int id, int scl, int sda)
        {
            if (id < 0)
            {
                for (int i = 0; i < Definition.I2cCount; i++)
                {
                    if (Definition.I2c[2 * i] == scl && Definition.I2c[2 * i + 1] == sda)
                    {
                        id = i;
                        break;
                    }
                }
            }
            if (Pin(scl) == null || Pin(sda) == null)
            {
                return null;
            }
            return I2cBus(id);
        }

        public SimSpiBus SpiBus(int id)
        {
            lock (Sync)
            {
                SimSpiBus b;
                if (!_spi.TryGetValue(id, out b))
                {
                    b = new SimSpiBus(this, id);
                    _spi[id] = b;
                }
                return b;
            }
        }

        public ISpiBus OpenSpi(int id, int sck, int mosi, int miso)
        {
            if (id < 0)
            {
                for (int i = 0; i < Definition.SpiCount; i++)
                {
                    if (Definition.Spi[3 * i] == sck)
                    {
                        id = i;
                        break;
                    }
                }
            }
            SimSpiBus b = SpiBus(id);
            b.Mosi = mosi >= 0 ? Pin(mosi) : null;
            b.Miso = miso >= 0 ? Pin(miso) : null;
            return b;
        }

        public SimUart Uart(int id)
        {
            lock (Sync)
            {
                SimUart u;
                if (!_uarts.TryGetValue(id, out u))
                {
                    u = new SimUart(this, id);
                    if (id >= 0 && id < Definition.UartCount)
                    {
                        u.TxPin = Definition.Uart[2 * id];
                        u.RxPin = Definition.Uart[2 * id + 1];
                    }
                    _uarts[id] = u;
                }
                return u;
            }
        }

        public IUart OpenUart(int id, int tx, int rx)
        {
            if (id < 0 || id >= Definition.UartCount)
            {
                return null;
            }
            SimUart u = Uart(id);
            if (tx >= 0 || tx == -2)
            {
                u.TxPin = tx >= 0 ? tx : -1;
            }
            if (rx >= 0 || rx == -2)
            {
                u.RxPin = rx >= 0 ? rx : -1;
            }
            u.Open = true;
            return u;
        }

        /// <summary>UARTs whose RX pin shares a net with the given TX pin (wired with sim.wire).</summary>
        internal List<SimUart> UartsListeningOn(int txPin)
        {
            List<SimUart> result = new List<SimUart>();
            SimPin tp = Pin(txPin);
            if (tp == null)
            {
                return result;
            }
            foreach (SimUart u in _uarts.Values)
            {
                SimPin rp = u.RxPin >= 0 ? Pin(u.RxPin) : null;
                if (rp != null && rp.Net == tp.Net && rp.Net.Pins.Count > 1)
                {
                    result.Add(u);
                }
            }
            return result;
        }

        public SimAdc Adc(int channel)
        {
            lock (Sync)
            {
                SimAdc a;
                if (!_adc.TryGetValue(channel, out a))
                {
                    a = new SimAdc();
                    _adc[channel] = a;
                }
                return a;
            }
        }

        public IAdcChannel OpenAdc(int channel)
        {
            if (Definition.AdcPins == null || channel < 0 || channel >= Definition.AdcPins.Length || Definition.AdcPins[channel] < 0)
            {
                return null;
            }
            return Adc(channel);
        }

        public SimPwm Pwm(int pin)
        {
            lock (Sync)
            {
                SimPwm p;
                _pwm.TryGetValue(pin, out p);
                return p;
            }
        }

        public IPwmChannel OpenPwm(int pin, int timer)
        {
            SimPin p = Pin(pin);
            if (p == null || InputOnly(pin))
            {
                return null;
            }
            lock (Sync)
            {
                SimPwm pwm;
                if (!_pwm.TryGetValue(pin, out pwm))
                {
                    pwm = new SimPwm(p, this);
                    _pwm[pin] = pwm;
                }
                return pwm;
            }
        }

        public IPulseOut OpenPulseOut(int pin)
        {
            SimPin p = Pin(pin);
            if (p == null || InputOnly(pin))
            {
                return null;
            }
            return new SimPulseOut(p, this);
        }

        public IOneWire OpenOneWire(int pin)
        {
            SimPin p = Pin(pin);
            if (p == null || InputOnly(pin))
            {
                return null;
            }
            return new SimOneWireMaster(p, this);
        }

        public IPulseIn OpenPulseIn(int pin)
        {
            SimPin p = Pin(pin);
            if (p == null || InputOnly(pin))
            {
                return null;
            }
            return new SimPulseIn(p, this);
        }

        /// <summary>ESP32 GPIO34-39 are input only (the simulated board is an ESP32; the STM32 tables have no such pins).</summary>
        private bool InputOnly(int pin)
        {
            return (Definition.Mcu == "ESP32" || Definition.Mcu == "simulated ESP32") && pin >= 34 && pin <= 39;
        }

        public ITimerService Timers
        {
            get { return TimerService; }
        }

        public IRtc Rtc
        {
            get { return RtcDevice; }
        }

        public IWatchdog Watchdog
        {
            get { return WatchdogDevice; }
        }

        public ISystemControl System
        {
            get { return SystemControl; }
        }

        /// <summary>The card in a simulated slot (the WiPy's) is always present; enabling it always succeeds. os.mount
        /// serves its files (SimSdCard, kept across board resets of this process).</summary>
        public bool SdEnabled;

        private SimSdCard _card;

        public IFileSystem CardFiles
        {
            get
            {
                if (Definition.SdDrive == null)
                {
                    throw Err.OS(OsErrno.ENODEV, "this board has no SD card slot");
                }
                return _card ?? (_card = new SimSdCard(() => SdEnabled));
            }
        }

        public void FormatCard()
        {
            ((SimSdCard)CardFiles).Format();
        }

        public void MountSd(bool mount)
        {
            if (Definition.SdDrive == null)
            {
                throw Err.OS(OsErrno.ENODEV, "this board has no SD card slot");
            }
            SdEnabled = mount;
        }
    }
}
