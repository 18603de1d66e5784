using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// A simulated DS18B20 on a SimOneWireBus, per its datasheet: ROM commands READ ROM (33h), MATCH ROM (55h), SKIP
    /// ROM (CCh), SEARCH ROM (F0h) and ALARM SEARCH (ECh); function commands CONVERT T (44h; read slots answer 0
    /// until the conversion is done: 93.75, 187.5, 375 or 750 ms at 9-12 bits), READ SCRATCHPAD (BEh: 9 bytes, the
    /// last their CRC), WRITE SCRATCHPAD (4Eh: TH, TL, configuration), COPY SCRATCHPAD (48h), RECALL E2 (B8h) and
    /// READ POWER SUPPLY (B4h). Power-on scratchpad: 85 degrees C (0550h), TH 4Bh, TL 46h, 12 bits. Data goes least
    /// significant bit first. sim.ds18b20(pin, temp=20.0, serial=n) adds one: rom(), temperature([t]),
    /// scratchpad(), errors() (the bus's protocol errors and unknown commands).
    /// </summary>
    public sealed class SimDs18b20 : PyObject
    {
        private static PyType s_type;

        private const int Idle = 0, RomCommand = 1, MatchRom = 2, Function = 3, Sending = 4, Search = 5, WriteScratch = 6, Converting = 7;

        private readonly SimOneWireBus _bus;
        private readonly byte[] _rom = new byte[8];
        private readonly byte[] _scratch = new byte[9];
        private readonly byte[] _eeprom = new byte[] { 0x4B, 0x46, 0x7F };
        private double _tempC;
        private bool _alarm;
        private int _state;
        private long _acc;
        private int _n;
        private byte[] _tx;
        private int _txBits;
        private int _txPos;
        private int _afterTx;
        private int _searchBit;
        private int _searchPhase;
        private long _convEnd = -1;

        public SimDs18b20(SimOneWireBus bus, long serial, double tempC)
        {
            _bus = bus;
            _tempC = tempC;
            _rom[0] = 0x28;
            for (int i = 1; i < 7; i++)
            {
                _rom[i] = (byte)(serial >> (8 * (i - 1)));
            }
            _rom[7] = Crc8(_rom, 7);
            _scratch[0] = 0x50;
            _scratch[1] = 0x05;
            _scratch[2] = _eeprom[0];
            _scratch[3] = _eeprom[1];
            _scratch[4] = _eeprom[2];
            _scratch[5] = 0xFF;
            _scratch[6] = 0x0C;
            _scratch[7] = 0x10;
            _scratch[8] = Crc8(_scratch, 8);
        }

        public override PyType Type
        {
            get { return s_type ?? (s_type = PyType.Native("DS18B20", Table.Instance, null)); }
        }

        /// <summary>Dallas/Maxim CRC-8 (x^8 + x^5 + x^4 + 1, least significant bit first).</summary>
        public static byte Crc8(byte[] data, int count)
        {
            int crc = 0;
            for (int i = 0; i < count; i++)
            {
                int b = data[i];
                for (int k = 0; k < 8; k++)
                {
                    int mix = (crc ^ b) & 1;
                    crc >>= 1;
                    if (mix != 0)
                    {
                        crc ^= 0x8C;
                    }
                    b >>= 1;
                }
            }
            return (byte)crc;
        }

        private int Bits
        {
            get { return 9 + ((_scratch[4] >> 5) & 3); }
        }

        /// <summary>Finishes a conversion whose time has passed: the temperature register and the alarm flag.</summary>
        private void Settle()
        {
            if (_convEnd < 0 || _bus.Board.NowUs < _convEnd)
            {
                return;
            }
            _convEnd = -1;
            double t = _tempC < -55 ? -55 : _tempC > 125 ? 125 : _tempC;
            int raw = (int)(t * 16 + (t >= 0 ? 0.5 : -0.5));
            raw &= ~((1 << (12 - Bits)) - 1);
            _scratch[0] = (byte)raw;
            _scratch[1] = (byte)(raw >> 8);
            _scratch[8] = Crc8(_scratch, 8);
            int whole = raw >> 4;
            _alarm = whole >= (sbyte)_scratch[2] || whole <= (sbyte)_scratch[3];
        }

        public void Reset()
        {
            Settle();
            _state = RomCommand;
            _acc = 0;
            _n = 0;
        }

        private void Send(byte[] data, int bits, int after)
        {
            _tx = data;
            _txBits = bits;
            _txPos = 0;
            _afterTx = after;
            _state = Sending;
        }

        private int RomBit(int i)
        {
            return (_rom[i >> 3] >> (i & 7)) & 1;
        }

        /// <summary>The bit this device puts on the bus in the slot that starts now, or -1 when it listens.</summary>
        public int NextOut()
        {
            Settle();
            switch (_state)
            {
                case Sending:
                    {
                        int b = (_tx[_txPos >> 3] >> (_txPos & 7)) & 1;
                        if (++_txPos == _txBits)
                        {
                            _state = _afterTx;
                        }
                        return b;
                    }
                case Search:
                    if (_searchPhase == 2)
                    {
                        return -1;
                    }
                    return _searchPhase++ == 0 ? RomBit(_searchBit) : 1 - RomBit(_searchBit);
                case Converting:
                    return _convEnd >= 0 ? 0 : 1;
            }
            return -1;
        }

        private bool Take(int bit, int count)
        {
            _acc |= (long)bit << _n;
            if (++_n < count)
            {
                return false;
            }
            _n = 0;
            return true;
        }

        /// <summary>A bit the master wrote.</summary>
        public void Receive(int bit)
        {
            Settle();
            switch (_state)
            {
                case RomCommand:
                    if (Take(bit, 8))
                    {
                        int cmd = (int)_acc;
                        _acc = 0;
                        switch (cmd)
                        {
                            case 0x33: Send(_rom, 64, Function); break;
                            case 0x55: _state = MatchRom; break;
                            case 0xCC: _state = Function; break;
                            case 0xF0: case 0xEC:
                                _state = cmd == 0xF0 || _alarm ? Search : Idle;
                                _searchBit = 0;
                                _searchPhase = 0;
                                break;
                            default: _bus.Errors++; _state = Idle; break;
                        }
                    }
                    break;
                case MatchRom:
                    if (Take(bit, 64))
                    {
                        long rom = 0;
                        for (int i = 7; i >= 0; i--)
                        {
                            rom = (rom << 8) | _rom[i];
                        }
                        _state = _acc == rom ? Function : Idle;
                        _acc = 0;
                    }
                    break;
                case Search:
                    if (_searchPhase == 2)
                    {
                        if (bit != RomBit(_searchBit))
                        {
                            _state = Idle;
                        }
                        else if (++_searchBit == 64)
                        {
                            _state = Function;
                        }
                        _searchPhase = 0;
                    }
                    break;
                case Function:
                    if (Take(bit, 8))
                    {
                        int cmd = (int)_acc;
                        _acc = 0;
                        _state = Idle;
                        switch (cmd)
                        {
                            case 0x44:
                                _convEnd = _bus.Board.NowUs + (93750L << (Bits - 9));
                                _state = Converting;
                                break;
                            case 0xBE: Send(_scratch, 72, Idle); break;
                            case 0x4E: _state = WriteScratch; break;
                            case 0x48:
                                _eeprom[0] = _scratch[2];
                                _eeprom[1] = _scratch[3];
                                _eeprom[2] = _scratch[4];
                                break;
                            case 0xB8:
                                _scratch[2] = _eeprom[0];
                                _scratch[3] = _eeprom[1];
                                _scratch[4] = _eeprom[2];
                                _scratch[8] = Crc8(_scratch, 8);
                                break;
                            case 0xB4: Send(new byte[] { 1 }, 1, Idle); break;
                            default: _bus.Errors++; break;
                        }
                    }
                    break;
                case WriteScratch:
                    if (Take(bit, 24))
                    {
                        _scratch[2] = (byte)_acc;
                        _scratch[3] = (byte)(_acc >> 8);
                        _scratch[4] = (byte)(0x1F | ((_acc >> 16) & 0x60));
                        _scratch[8] = Crc8(_scratch, 8);
                        _acc = 0;
                        _state = Idle;
                    }
                    break;
            }
        }

        private sealed class Table : NativeTable
        {
            public static readonly Table Instance = new Table();

            private Table() : base(new string[] { "rom", "temperature", "scratchpad", "errors" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Rom = 0;
                public const int Temperature = 1;
                public const int Scratchpad = 2;
                public const int Errors = 3;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                SimDs18b20 d = (SimDs18b20)Ops.NativeSelf(args[0]);
                lock (d._bus.Board.Sync)
                {
                    d.Settle();
                    switch (id)
                    {
                        case Id.Rom:
                            Ops.CheckArgs("rom", argc - 1, kwc, 0, 0);
                            return new PyBytes((byte[])d._rom.Clone());
                        case Id.Temperature:
                            Ops.CheckArgs("temperature", argc - 1, kwc, 0, 1);
                            if (argc == 1)
                            {
                                return new PyFloat(d._tempC);
                            }
                            d._tempC = Ops.ToDouble(args[1]);
                            return PyNone.None;
                        case Id.Scratchpad:
                            Ops.CheckArgs("scratchpad", argc - 1, kwc, 0, 0);
                            return new PyBytes((byte[])d._scratch.Clone());
                        default:
                            Ops.CheckArgs("errors", argc - 1, kwc, 0, 0);
                            return PyInt.Create(d._bus.Errors);
                    }
                }
            }
        }
    }
}
