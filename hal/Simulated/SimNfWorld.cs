using System;
using MicroPy.Boards;
using MicroPy.Hal.NanoFramework.Emulation;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// The simulated board as the electrical side of the emulated nanoFramework libraries: pins are SimPins (nets,
    /// pulls, sim.pin drives), buses the SimI2cBus/SimSpiBus/SimUart of the same machine ids, ADC the SimAdc
    /// channels, PWM the SimPwm outputs, time the board's virtual clock. So `sim` scenarios drive a board seen through
    /// hal/NanoFramework. Files live in memory (the board's drive). Bus numbers are translated from nanoFramework's to
    /// machine's with the board's rules (DeviceBuses).
    /// </summary>
    public sealed class SimNfWorld : IBoardWorld
    {
        private readonly SimBoard _board;
        private readonly BoardDefinition _def;
        private readonly bool _esp32;
        private readonly MemoryWorld _files;
        private readonly EdgeSink _edges;
        private readonly UartSink _uartSink;

        public SimNfWorld(SimBoard board)
        {
            _board = board;
            _def = board.Definition;
            _esp32 = DeviceBuses.IsEsp32(_def);
            _files = new MemoryWorld(Mcu, TargetName);
            _edges = new EdgeSink(this);
            _uartSink = new UartSink(this);
        }

        public int Mcu
        {
            get { return _esp32 ? EmulatedMcu.Esp32 : EmulatedMcu.Stm32F7; }
        }

        public string TargetName
        {
            get { return _esp32 ? "ESP32_REV3" : "ST_STM32F769I_DISCOVERY"; }
        }

        public IWorldListener Listener { get; set; }

        public int BootCause { get; set; }

        public long NowTicks
        {
            get { return _board.Observe() * 10; }
        }

        public void Delay(int ms)
        {
            if (ms > 0)
            {
                _board.Sleep(ms * 1000L);
            }
        }

        public void SetPinMode(int pin, int mode)
        {
            SimPin p = _board.Pin(pin);
            if (p == null)
            {
                return;
            }
            switch (mode)
            {
                case 1:
                    p.SetMode(GpioConst.ModeIn, GpioConst.PullDown);
                    break;
                case 2:
                    p.SetMode(GpioConst.ModeIn, GpioConst.PullUp);
                    break;
                case 3:
                case 6:
                case 7:
                    p.SetMode(GpioConst.ModeOut, GpioConst.PullNone);
                    break;
                case 4:
                    p.SetMode(GpioConst.ModeOpenDrain, GpioConst.PullNone);
                    break;
                case 5:
                    p.SetMode(GpioConst.ModeOpenDrain, GpioConst.PullUp);
                    break;
                default:
                    p.SetMode(GpioConst.ModeIn, GpioConst.PullNone);
                    break;
            }
        }

        public void SetPinOutput(int pin, int level)
        {
            SimPin p = _board.Pin(pin);
            if (p != null)
            {
                p.Write(level);
            }
        }

        public int ReadPin(int pin)
        {
            SimPin p = _board.Pin(pin);
            return p == null ? 0 : p.Read();
        }

        public void WatchPin(int pin, bool watch)
        {
            SimPin p = _board.Pin(pin);
            if (p != null)
            {
                p.SetIrq(watch ? GpioConst.IrqRising | GpioConst.IrqFalling : 0, watch ? _edges : null);
            }
        }

        private sealed class EdgeSink : IIrqSink
        {
            private readonly SimNfWorld _world;

            public EdgeSink(SimNfWorld world)
            {
                _world = world;
            }

            public void OnIrq(object source, int flags)
            {
                IWorldListener l = _world.Listener;
                SimPin p = (SimPin)source;
                if (l != null)
                {
                    l.PinChanged(p.PinNumber, (flags & GpioConst.IrqRising) != 0 ? 1 : 0);
                }
            }
        }

        private sealed class UartSink : IIrqSink
        {
            private readonly SimNfWorld _world;

            public UartSink(SimNfWorld world)
            {
                _world = world;
            }

            public void OnIrq(object source, int flags)
            {
                IWorldListener l = _world.Listener;
                if (l != null)
                {
                    l.UartReceived(_world.ComOf(((SimUart)source).Id));
                }
            }
        }

        public int I2cTransfer(int bus, int address, byte[] write, int writeCount, byte[] read, int readCount)
        {
            SimI2cBus b = _board.I2cBus(_esp32 ? bus - 1 : bus);
            int r;
            if (writeCount > 0 || readCount == 0)
            {
                r = b.Write(address, write == null ? new byte[0] : write, 0, writeCount, readCount == 0);
                if (r < 0)
                {
                    return 1;
                }
            }
            if (readCount > 0)
            {
                r = b.Read(address, read, 0, readCount, true);
                if (r < 0)
                {
                    return 1;
                }
            }
            return 0;
        }

        public void SpiTransfer(int bus, byte[] tx, byte[] rx, int count)
        {
            SimSpiBus b = _board.SpiBus(bus);
            if (b.Mosi == null && bus < _def.SpiCount && _def.Spi[3 * bus + 1] >= 0)
            {
                b.Mosi = _board.Pin(_def.Spi[3 * bus + 1]);
                b.Miso = _board.Pin(_def.Spi[3 * bus + 2]);
            }
            b.Transfer(tx, 0, 0, rx, 0, count);
        }

        private int UartId(int com)
        {
            return _esp32 ? com - 1 : com;
        }

        internal int ComOf(int uartId)
        {
            return _esp32 ? uartId + 1 : uartId;
        }

        public bool UartOpen(int com, int baudRate)
        {
            SimUart u = _board.Uart(UartId(com));
            u.Open = true;
            u.Configure(baudRate, 8, -1, 1);
            u.SetRxIrq(_uartSink);
            return true;
        }

        public void UartWrite(int com, byte[] data, int offset, int count)
        {
            _board.Uart(UartId(com)).Write(data, offset, count);
        }

        public int UartRead(int com, byte[] data, int offset, int count)
        {
            return _board.Uart(UartId(com)).Read(data, offset, count);
        }

        public int UartAvailable(int com)
        {
            return _board.Uart(UartId(com)).Available;
        }

        public void PwmOutput(int pin, int frequency, int dutyPer10k, bool running)
        {
            SimPwm p = (SimPwm)_board.OpenPwm(pin, 0);
            if (p == null)
            {
                return;
            }
            p.Configure(frequency, dutyPer10k, false);
            if (running)
            {
                p.Start();
            }
            else
            {
                p.Stop();
            }
        }

        public int AdcRead(int channel)
        {
            return _board.Adc(channel).Read();
        }

        /// <summary>Deep sleep, standby or reboot: board time passes until the wake, then the board resets.</summary>
        public void PowerDown(int wakeAfterMs, int reason)
        {
            // The chip stops: so does the (host's) watchdog; with nothing armed to wake it, it stays down.
            _board.WatchdogDevice.Stop();
            if (wakeAfterMs < 0)
            {
                throw new BoardResetException(ResetCause.Halted);
            }
            if (wakeAfterMs > 0)
            {
                _board.Sleep(wakeAfterMs * 1000L);
            }
            BootCause = wakeAfterMs < 0 ? WorldBoot.PowerOn : reason;
            WakePinMask = 0;
            throw new BoardResetException(reason == WorldBoot.Reboot ? ResetCause.SoftReset : ResetCause.DeepSleepReset);
        }

        public long WakePinMask { get; private set; }

        /// <summary>
        /// Without samples the train is played as the simulated RMT does (SimPulseOut): every edge at its nanosecond
        /// time (devices on the pin decode the times), then board time moves past it. With samples (the 1-Wire UART)
        /// board time runs along the train, so devices answer in time: each edge is written once the board has reached
        /// its microsecond, each sample read once the board has passed it.
        /// </summary>
        public void DriveTimed(int pin, bool openDrain, int[] levels, int[] durationsNs, int count, int[] sampleNs, int[] samples, int sampleCount)
        {
            SimPin p = _board.Pin(pin);
            if (p == null)
            {
                return;
            }
            if (openDrain)
            {
                p.SetMode(GpioConst.ModeOpenDrain, GpioConst.PullUp);
            }
            else
            {
                p.SetMode(GpioConst.ModeOut, p.Pull);
            }
            long t0 = _board.NowUs * 1000;
            long t = t0;
            int k = 0;
            for (int i = 0; i < count; i++)
            {
                if (sampleCount > 0)
                {
                    for (; k < sampleCount && t0 + sampleNs[k] < t; k++)
                    {
                        samples[k] = ReadAt(p, t0 + sampleNs[k]);
                    }
                    SleepToUs(t / 1000);
                }
                p.WriteAt(levels[i], t);
                t += durationsNs[i];
            }
            for (; k < sampleCount; k++)
            {
                samples[k] = ReadAt(p, t0 + sampleNs[k]);
            }
            SleepToUs((t + 999) / 1000);
        }

        private int ReadAt(SimPin p, long ns)
        {
            SleepToUs((ns + 999) / 1000);
            return p.Read();
        }

        private void SleepToUs(long us)
        {
            long now = _board.NowUs;
            if (us > now)
            {
                _board.Sleep(us - now);
            }
        }

        private readonly System.Collections.Generic.Dictionary<int, int> _captureFrom = new System.Collections.Generic.Dictionary<int, int>();

        public void CaptureStart(int pin)
        {
            SimPin p = _board.Pin(pin);
            if (p != null)
            {
                lock (_board.Sync)
                {
                    _captureFrom[pin] = p.HistoryTimes.Count;
                }
            }
        }

        /// <summary>The pin's history since CaptureStart (microsecond times, as the simulated board records edges).</summary>
        public int CaptureLevels(int pin, int[] levels, int[] durationsNs, int idleNs, int timeoutMs)
        {
            SimPin p = _board.Pin(pin);
            int from;
            if (p == null || !_captureFrom.TryGetValue(pin, out from))
            {
                Delay(timeoutMs);
                return 0;
            }
            long start = _board.NowUs;
            long idleUs = (idleNs + 999) / 1000;
            while (true)
            {
                int edges;
                long last;
                lock (_board.Sync)
                {
                    edges = p.HistoryTimes.Count - from;
                    last = edges > 0 ? p.HistoryTimes[p.HistoryTimes.Count - 1] : -1;
                }
                long now = _board.NowUs;
                if (edges == 0 && now - start >= timeoutMs * 1000L)
                {
                    return 0;
                }
                if (edges > 0 && (now - last >= idleUs || edges > levels.Length))
                {
                    break;
                }
                long until = edges > 0 ? last + idleUs : start + timeoutMs * 1000L;
                _board.Sleep(until > now ? until - now : 1);
            }
            lock (_board.Sync)
            {
                int n = 0;
                for (int i = from; i + 1 < p.HistoryTimes.Count && n < levels.Length; i++)
                {
                    levels[n] = p.HistoryLevels[i];
                    durationsNs[n] = (int)((p.HistoryTimes[i + 1] - p.HistoryTimes[i]) * 1000);
                    n++;
                }
                _captureFrom[pin] = p.HistoryTimes.Count;
                return n;
            }
        }

        /// <summary>Deep sleep until the timer or a pin condition: board time runs from event to event (sim.pulse,
        /// devices) and the pins are checked after each; with nothing left that could wake it, the board stays down.</summary>
        public void PowerDownUntil(int wakeAfterMs, int[] pins, int[] levels, bool[] together, int count)
        {
            _board.WatchdogDevice.Stop();
            long deadline = wakeAfterMs >= 0 ? _board.NowUs + wakeAfterMs * 1000L : -1;
            while (true)
            {
                long mask = MemoryWorld.PinWakeMask(this, pins, levels, together, count);
                if (mask != 0 || (deadline >= 0 && _board.NowUs >= deadline))
                {
                    WakePinMask = mask;
                    BootCause = mask != 0 ? WorldBoot.PinWake : WorldBoot.TimerWake;
                    throw new BoardResetException(ResetCause.DeepSleepReset);
                }
                if (_board.RealTime)
                {
                    _board.Sleep(1000);
                    continue;
                }
                long next = _board.NextEventTime();
                if (deadline >= 0 && (next < 0 || next > deadline))
                {
                    next = deadline;
                }
                if (next < 0)
                {
                    throw new BoardResetException(ResetCause.Halted);
                }
                _board.AdvanceTo(next > _board.NowUs ? next : _board.NowUs + 1);
            }
        }

        public long FreeMemory(bool compact)
        {
            if (compact)
            {
                GC.Collect();
            }
            long total = 512 * 1024;
            long used = GC.GetTotalMemory(false) % total;
            return total - used;
        }

        public int PathKind(string path)
        {
            return _files.PathKind(path);
        }

        public byte[] ReadFile(string path)
        {
            return _files.ReadFile(path);
        }

        public bool WriteFile(string path, byte[] data, int count)
        {
            return _files.WriteFile(path, data, count);
        }

        public bool CreateDirectory(string path)
        {
            return _files.CreateDirectory(path);
        }

        public bool Delete(string path)
        {
            return _files.Delete(path);
        }

        public bool Move(string from, string to)
        {
            return _files.Move(from, to);
        }

        public string[] List(string directory, bool directories)
        {
            return _files.List(directory, directories);
        }
    }
}
