using System;
using System.Collections;
using System.Threading;

namespace MicroPy.Hal.NanoFramework.Emulation
{
    /// <summary>
    /// A tiny world in the nano subset, for nanoCLR and tests: pins remember their output latch and take a level
    /// set from outside (SetInput), pull resistors decide an undriven input; UARTs receive what Feed gives them and
    /// keep what is sent (Take); no I2C device answers; SPI reads 0xFF; ADC channels read what SetAdc stored; files
    /// live in memory under the board's drive (I: on ESP32, D: on STM32); time is the host's.
    /// </summary>
    public class MemoryWorld : IBoardWorld
    {
        private const int MaxPins = 256;
        private const int MaxComs = 10;
        private readonly int _mcu;
        private readonly string _target;
        private readonly int[] _mode = new int[MaxPins];
        private readonly int[] _latch = new int[MaxPins];
        private readonly int[] _input = new int[MaxPins];
        private readonly int[] _level = new int[MaxPins];
        private readonly bool[] _watch = new bool[MaxPins];
        private readonly byte[][] _rx = new byte[MaxComs][];
        private readonly int[] _rxCount = new int[MaxComs];
        private readonly byte[][] _tx = new byte[MaxComs][];
        private readonly int[] _txCount = new int[MaxComs];
        private readonly bool[] _comOpen = new bool[MaxComs];
        private readonly int[] _adc = new int[32];
        private readonly ArrayList _paths = new ArrayList();
        private readonly ArrayList _contents = new ArrayList();
        private readonly long _start = DateTime.UtcNow.Ticks;
        private readonly string _drive;

        public MemoryWorld(int mcu, string targetName)
        {
            _mcu = mcu;
            _target = targetName;
            _drive = mcu == EmulatedMcu.Esp32 ? "I:" : "D:";
            for (int i = 0; i < MaxPins; i++)
            {
                _mode[i] = -1;
                _input[i] = -1;
            }
        }

        public int Mcu
        {
            get { return _mcu; }
        }

        public string TargetName
        {
            get { return _target; }
        }

        public IWorldListener Listener { get; set; }

        public int BootCause { get; set; }

        public virtual long NowTicks
        {
            get { return DateTime.UtcNow.Ticks - _start; }
        }

        public virtual void Delay(int ms)
        {
            if (ms > 0)
            {
                Thread.Sleep(ms);
            }
        }

        // ---- pins ----

        public void SetPinMode(int pin, int mode)
        {
            _mode[pin] = mode;
            Update(pin);
        }

        public void SetPinOutput(int pin, int level)
        {
            _latch[pin] = level != 0 ? 1 : 0;
            Update(pin);
        }

        public int ReadPin(int pin)
        {
            return _level[pin];
        }

        public void WatchPin(int pin, bool watch)
        {
            _watch[pin] = watch;
        }

        /// <summary>Drives a pin from outside (0 or 1), or stops driving it (-1).</summary>
        public void SetInput(int pin, int level)
        {
            _input[pin] = level;
            Update(pin);
        }

        private void Update(int pin)
        {
            int m = _mode[pin];
            int level;
            // PinMode values: 0 Input, 1 InputPullDown, 2 InputPullUp, 3 Output, 4 OutputOpenDrain,
            // 5 OutputOpenDrainPullUp, 6 OutputOpenSource, 7 OutputOpenSourcePullDown.
            if (m == 3 || (m >= 4 && m <= 5 && _latch[pin] == 0) || (m >= 6 && _latch[pin] != 0))
            {
                level = _latch[pin];
            }
            else if (_input[pin] >= 0)
            {
                level = _input[pin];
            }
            else
            {
                level = m == 2 || m == 5 ? 1 : 0;
            }
            if (level != _level[pin])
            {
                _level[pin] = level;
                IWorldListener l = Listener;
                if (_watch[pin] && l != null)
                {
                    l.PinChanged(pin, level);
                }
            }
        }

        // ---- buses ----

        public virtual int I2cTransfer(int bus, int address, byte[] write, int writeCount, byte[] read, int readCount)
        {
            return 1;
        }

        public virtual void SpiTransfer(int bus, byte[] tx, byte[] rx, int count)
        {
            for (int i = 0; i < count; i++)
            {
                rx[i] = 0xFF;
            }
        }

        public bool UartOpen(int com, int baudRate)
        {
            if (com < 1 || com >= MaxComs)
            {
                return false;
            }
            _comOpen[com] = true;
            return true;
        }

        public virtual void UartWrite(int com, byte[] data, int offset, int count)
        {
            _tx[com] = Append(_tx[com], _txCount[com], data, offset, count);
            _txCount[com] += count;
        }

        public int UartRead(int com, byte[] data, int offset, int count)
        {
            int n = _rxCount[com] < count ? _rxCount[com] : count;
            if (n <= 0)
            {
                return 0;
            }
            Array.Copy(_rx[com], 0, data, offset, n);
            Array.Copy(_rx[com], n, _rx[com], 0, _rxCount[com] - n);
            _rxCount[com] -= n;
            return n;
        }

        public int UartAvailable(int com)
        {
            return com >= 0 && com < MaxComs ? _rxCount[com] : 0;
        }

        /// <summary>Bytes arriving on COMn's RX line.</summary>
        public void Feed(int com, byte[] data, int offset, int count)
        {
            _rx[com] = Append(_rx[com], _rxCount[com], data, offset, count);
            _rxCount[com] += count;
            IWorldListener l = Listener;
            if (l != null && count > 0)
            {
                l.UartReceived(com);
            }
        }

        /// <summary>What was sent on COMn since the last Take.</summary>
        public byte[] Take(int com)
        {
            byte[] r = new byte[_txCount[com]];
            if (r.Length > 0)
            {
                Array.Copy(_tx[com], r, r.Length);
            }
            _txCount[com] = 0;
            return r;
        }

        private static byte[] Append(byte[] buf, int used, byte[] data, int offset, int count)
        {
            if (buf == null || buf.Length < used + count)
            {
                byte[] n = new byte[(used + count) * 2 + 16];
                if (buf != null)
                {
                    Array.Copy(buf, n, used);
                }
                buf = n;
            }
            Array.Copy(data, offset, buf, used, count);
            return buf;
        }

        public virtual void PwmOutput(int pin, int frequency, int dutyPer10k, bool running)
        {
        }

        public int AdcRead(int channel)
        {
            return _adc[channel];
        }

        public void SetAdc(int channel, int value)
        {
            _adc[channel] = value;
        }

        public virtual void PowerDown(int wakeAfterMs, int reason)
        {
            throw new InvalidOperationException("the emulated chip powered down");
        }

        public long WakePinMask { get; set; }

        /// <summary>No timed devices here: the pin ends at the train's last level, samples read the line as it is,
        /// and the train's time passes (whole milliseconds).</summary>
        public virtual void DriveTimed(int pin, bool openDrain, int[] levels, int[] durationsNs, int count, int[] sampleNs, int[] samples, int sampleCount)
        {
            long total = 0;
            for (int i = 0; i < count; i++)
            {
                total += durationsNs[i];
            }
            for (int k = 0; k < sampleCount; k++)
            {
                samples[k] = ReadPin(pin);
            }
            if (count > 0)
            {
                SetPinMode(pin, openDrain ? 5 : 3);
                SetPinOutput(pin, levels[count - 1]);
            }
            Delay((int)((total + 999999) / 1000000));
        }

        public virtual void CaptureStart(int pin)
        {
        }

        /// <summary>Nothing here answers a start signal: the receiver times out with nothing.</summary>
        public virtual int CaptureLevels(int pin, int[] levels, int[] durationsNs, int idleNs, int timeoutMs)
        {
            Delay(timeoutMs);
            return 0;
        }

        /// <summary>Pins here change only when driven from outside, which cannot happen while the chip sleeps: a pin
        /// condition that holds now wakes it at once, else the timer (or nothing) does.</summary>
        public virtual void PowerDownUntil(int wakeAfterMs, int[] pins, int[] levels, bool[] together, int count)
        {
            long mask = PinWakeMask(this, pins, levels, together, count);
            WakePinMask = mask;
            if (mask != 0)
            {
                PowerDown(0, WorldBoot.PinWake);
            }
            PowerDown(wakeAfterMs, WorldBoot.TimerWake);
        }

        /// <summary>The pins whose wake condition holds now on world (0: none wakes the chip).</summary>
        public static long PinWakeMask(IBoardWorld world, int[] pins, int[] levels, bool[] together, int count)
        {
            long alone = 0;
            long all = 0;
            bool allHold = false;
            for (int i = 0; i < count; i++)
            {
                bool holds = world.ReadPin(pins[i]) == levels[i];
                if (together[i])
                {
                    allHold = all == 0 ? holds : allHold && holds;
                    all |= 1L << pins[i];
                }
                else if (holds)
                {
                    alone |= 1L << pins[i];
                }
            }
            return alone | (allHold ? all : 0);
        }

        public virtual long FreeMemory(bool compact)
        {
            return 0;
        }

        // ---- storage: the drive's files in memory ----

        private int Find(string path)
        {
            string k = path.ToLower();
            for (int i = 0; i < _paths.Count; i++)
            {
                if (((string)_paths[i]).ToLower() == k)
                {
                    return i;
                }
            }
            return -1;
        }

        private static string Parent(string path)
        {
            int i = path.LastIndexOf('\\');
            return i <= 0 ? "" : path.Substring(0, i);
        }

        private bool IsRoot(string path)
        {
            string p = path.ToLower();
            string d = _drive.ToLower();
            return p == d || p == d + "\\";
        }

        public int PathKind(string path)
        {
            if (IsRoot(path))
            {
                return 2;
            }
            int i = Find(path);
            return i < 0 ? 0 : _contents[i] == null ? 2 : 1;
        }

        public byte[] ReadFile(string path)
        {
            int i = Find(path);
            return i < 0 ? null : (byte[])_contents[i];
        }

        public bool WriteFile(string path, byte[] data, int count)
        {
            if (PathKind(Parent(path)) != 2)
            {
                return false;
            }
            byte[] copy = new byte[count];
            Array.Copy(data, copy, count);
            int i = Find(path);
            if (i >= 0)
            {
                if (_contents[i] == null)
                {
                    return false;
                }
                _contents[i] = copy;
                return true;
            }
            _paths.Add(path);
            _contents.Add(copy);
            return true;
        }

        public bool CreateDirectory(string path)
        {
            if (PathKind(path) != 0)
            {
                return PathKind(path) == 2;
            }
            if (PathKind(Parent(path)) != 2)
            {
                return false;
            }
            _paths.Add(path);
            _contents.Add(null);
            return true;
        }

        public bool Delete(string path)
        {
            int i = Find(path);
            if (i < 0 || (_contents[i] == null && List(path, false).Length + List(path, true).Length > 0))
            {
                return false;
            }
            _paths.RemoveAt(i);
            _contents.RemoveAt(i);
            return true;
        }

        public bool Move(string from, string to)
        {
            int i = Find(from);
            if (i < 0 || PathKind(to) != 0 || PathKind(Parent(to)) != 2)
            {
                return false;
            }
            string f = from.ToLower();
            for (int j = 0; j < _paths.Count; j++)
            {
                string p = (string)_paths[j];
                string lp = p.ToLower();
                if (lp == f || lp.StartsWith(f + "\\"))
                {
                    _paths[j] = to + p.Substring(f.Length);
                }
            }
            return true;
        }

        public string[] List(string directory, bool directories)
        {
            string d = directory.ToLower();
            if (d.EndsWith("\\"))
            {
                d = d.Substring(0, d.Length - 1);
            }
            ArrayList r = new ArrayList();
            for (int i = 0; i < _paths.Count; i++)
            {
                string p = (string)_paths[i];
                if (Parent(p).ToLower() == d && (_contents[i] == null) == directories)
                {
                    r.Add(p);
                }
            }
            string[] a = new string[r.Count];
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = (string)r[i];
            }
            return a;
        }
    }
}
