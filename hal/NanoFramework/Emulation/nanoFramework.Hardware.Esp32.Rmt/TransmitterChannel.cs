using System;
using System.Collections;
using MicroPy.Hal.NanoFramework.Emulation;

namespace nanoFramework.Hardware.Esp32.Rmt
{
    /// <summary>
    /// An RMT transmitter (TransmitterChannel.cs; ESP32 only). SendData takes items serialized as RmtCommandSerializer
    /// does, 4 bytes each (another length fails, as NativeTxWriteItems checks: CLR_E_SERIALIZATION_VIOLATION,
    /// ArgumentException here), and the firmware hands them to rmt_write_items: each half drives its level for its
    /// ticks (ClockDivider x 12.5 ns), a zero duration ends the train, then the pin rests at the idle level when idle
    /// output is on (the library's default, low). The carrier (on by default in the library's settings: 38 kHz, 33%)
    /// gates the carrier level: emulated with its counter starting with the train and running freely (an assumption:
    /// the phase rule is not in these sources). SignalInverterEnabled inverts the output. The train plays at once,
    /// whatever waitTxDone says; looping is not emulated (the classic ESP32 loops until stopped).
    /// </summary>
    public class TransmitterChannel : RmtChannel, IDisposable
    {
        private readonly TransmitChannelSettings _tx;
        private readonly ArrayList _commands = new ArrayList();
        private bool _disposed;
        private int[] _levels = new int[64];
        private int[] _durations = new int[64];
        private int _count;

        public TransmitterChannel(TransmitChannelSettings settings) : base(settings)
        {
            _tx = settings;
            Register();
        }

        public override ChannelMode Mode
        {
            get { return ChannelMode.Transmit; }
        }

        public RmtCommand this[int index]
        {
            get
            {
                if (_commands.Count < index + 1)
                {
                    throw new IndexOutOfRangeException();
                }
                return (RmtCommand)_commands[index];
            }
            set
            {
                if (_commands.Count < index + 1)
                {
                    throw new IndexOutOfRangeException();
                }
                _commands[index] = value;
            }
        }

        public bool IsChannelIdle
        {
            get { return true; }
        }

        public bool EnableLooping
        {
            get { return _tx.EnableLooping; }
            set { _tx.EnableLooping = value; }
        }

        public int LoopCount
        {
            get { return _tx.LoopCount; }
            set { _tx.LoopCount = value; }
        }

        public bool CarrierLevel
        {
            get { return _tx.CarrierLevel; }
            set { _tx.CarrierLevel = value; }
        }

        public bool IdleLevel
        {
            get { return _tx.IdleLevel; }
            set { _tx.IdleLevel = value; }
        }

        public void AddCommand(RmtCommand cmd)
        {
            _commands.Add(cmd);
        }

        public void ClearCommands()
        {
            _commands.Clear();
        }

        public void Send(bool waitTxDone)
        {
            byte[] data = new byte[_commands.Count * 4];
            for (int i = 0; i < _commands.Count; i++)
            {
                RmtCommand c = (RmtCommand)_commands[i];
                data[4 * i] = (byte)(c.Duration0 & 0xFF);
                data[4 * i + 1] = (byte)((c.Duration0 >> 8) | (c.Level0 ? 0x80 : 0));
                data[4 * i + 2] = (byte)(c.Duration1 & 0xFF);
                data[4 * i + 3] = (byte)((c.Duration1 >> 8) | (c.Level1 ? 0x80 : 0));
            }
            SendData(data, waitTxDone);
        }

        public void SendData(byte[] data, bool waitTxDone)
        {
            if (_disposed)
            {
                throw Chip.Disposed();
            }
            if (data == null || data.Length % 4 != 0)
            {
                throw new ArgumentException();
            }
            if (data.Length == 0)
            {
                // rmt_write_items with no items fails (its result is not checked): nothing goes out.
                return;
            }
            _count = 0;
            long t = 0;
            int tick = TickNs;
            long period = 1000000000L / _tx.CarrierWaveFrequency;
            long on = period * _tx.CarrierWaveDutyPercentage / 100;
            bool carrier = _tx.EnableCarrierWave;
            int carrierLevel = _tx.CarrierLevel ? 1 : 0;
            for (int i = 0; i < data.Length / 4; i++)
            {
                bool end = false;
                for (int h = 0; h < 2; h++)
                {
                    int lo = data[4 * i + 2 * h];
                    int hi = data[4 * i + 2 * h + 1];
                    int ticks = lo | ((hi & 0x7F) << 8);
                    if (ticks == 0)
                    {
                        end = true;
                        break;
                    }
                    int level = hi >> 7;
                    long d = (long)ticks * tick;
                    if (!carrier || level != carrierLevel)
                    {
                        Add(level, d);
                        t += d;
                        continue;
                    }
                    // The carrier gates this level: on for its duty, off (the other level) for the rest of a period.
                    long left = d;
                    while (left > 0)
                    {
                        long phase = t % period;
                        bool gateOn = phase < on;
                        long span = (gateOn ? on : period) - phase;
                        if (span > left)
                        {
                            span = left;
                        }
                        Add(gateOn ? level : 1 - level, span);
                        t += span;
                        left -= span;
                    }
                }
                if (end)
                {
                    break;
                }
            }
            int rest = _tx.EnableIdleLevelOutput ? (_tx.IdleLevel ? 1 : 0) : (_count > 0 ? _levels[_count - 1] : 0);
            Add(rest, 0);
            if (_tx.SignalInverterEnabled)
            {
                for (int i = 0; i < _count; i++)
                {
                    _levels[i] = 1 - _levels[i];
                }
            }
            Chip.World.DriveTimed(_tx.PinNumber, false, _levels, _durations, _count, null, null, 0);
        }

        private void Add(int level, long durationNs)
        {
            if (_count > 0 && _levels[_count - 1] == level && _durations[_count - 1] > 0)
            {
                _durations[_count - 1] += (int)durationNs;
                return;
            }
            if (_count == _levels.Length)
            {
                int[] l = new int[_count * 2];
                int[] d = new int[_count * 2];
                Array.Copy(_levels, l, _count);
                Array.Copy(_durations, d, _count);
                _levels = l;
                _durations = d;
            }
            _levels[_count] = level;
            _durations[_count] = (int)durationNs;
            _count++;
        }

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                Unregister();
            }
        }
    }
}
