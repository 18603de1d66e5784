using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;
using MicroPy.Modules.Machine;

namespace MicroPy.Modules.Onewire
{
    /// <summary>
    /// onewire.OneWire(pin): reset(required=False), readbit(), readbyte(), readinto(buf), writebit(b), writebyte(b),
    /// write(buf), select_rom(rom), scan() (the ROM search of Maxim's application note 187, as MicroPython's driver
    /// runs it), crc8(data); SEARCH_ROM, MATCH_ROM, SKIP_ROM. Bytes go least significant bit first. The bus is the
    /// HAL's IOneWire: bit-banged on the simulated board, nanoFramework's OneWireHost on a device.
    /// </summary>
    public sealed class OneWireObject : PyObject
    {
        private static PyType s_typeObject;

        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("OneWire", OneWireTable.Instance, null)); }
        }

        public const int SearchRom = 0xF0;
        public const int MatchRom = 0x55;
        public const int SkipRom = 0xCC;

        private IOneWire _bus;
        private object _pin;

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object GetAttr(string name)
        {
            return name == "pin" ? _pin : base.GetAttr(name);
        }

        internal static OneWireObject Of(object o)
        {
            OneWireObject w = Ops.NativeSelf(o) as OneWireObject;
            if (w == null)
            {
                throw Err.Type("OneWire object required");
            }
            return w;
        }

        internal bool Reset(bool required)
        {
            bool present = _bus.Reset();
            if (required && !present)
            {
                throw Err.Make(OnewireModule.Error, "no device answered the reset");
            }
            return present;
        }

        internal int ReadByte()
        {
            int v = 0;
            for (int i = 0; i < 8; i++)
            {
                v |= _bus.TouchBit(1) << i;
            }
            return v;
        }

        internal void WriteByte(int v)
        {
            for (int i = 0; i < 8; i++)
            {
                _bus.TouchBit((v >> i) & 1);
            }
        }

        internal void Write(object buf)
        {
            int off, count;
            byte[] d = MachineArgs.ReadBuf(buf, out off, out count);
            for (int i = 0; i < count; i++)
            {
                WriteByte(d[off + i]);
            }
        }

        internal void ReadInto(object buf)
        {
            int off, count;
            byte[] d = MachineArgs.WriteBuf(buf, out off, out count);
            for (int i = 0; i < count; i++)
            {
                d[off + i] = (byte)ReadByte();
            }
        }

        internal void SelectRom(object rom)
        {
            Reset(false);
            WriteByte(MatchRom);
            Write(rom);
        }

        public static int Crc8(byte[] d, int off, int count)
        {
            int crc = 0;
            for (int i = 0; i < count; i++)
            {
                int b = d[off + i];
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
            return crc;
        }

        /// <summary>One pass of the ROM search after rom (null: the first); diff is the last discrepancy (65 at the
        /// start). Returns the ROM found, or null, and sets diff to the next pass's (0: no more).</summary>
        private byte[] SearchPass(byte[] last, ref int diff)
        {
            if (!Reset(false))
            {
                diff = 0;
                return null;
            }
            WriteByte(SearchRom);
            byte[] rom = new byte[8];
            int next = 0;
            int i = 64;
            for (int by = 0; by < 8; by++)
            {
                int r = 0;
                for (int bit = 0; bit < 8; bit++)
                {
                    int b = _bus.TouchBit(1);
                    if (_bus.TouchBit(1) != 0)
                    {
                        if (b != 0)
                        {
                            diff = 0;
                            return null;
                        }
                    }
                    else if (b == 0 && (diff > i || last != null && (last[by] & (1 << bit)) != 0 && diff != i))
                    {
                        b = 1;
                        next = i;
                    }
                    _bus.TouchBit(b);
                    r |= b << bit;
                    i--;
                }
                rom[by] = (byte)r;
            }
            diff = next;
            return rom;
        }

        internal PyList Scan()
        {
            PyList found = new PyList();
            int diff = 65;
            byte[] rom = null;
            for (int k = 0; k < 255; k++)
            {
                rom = SearchPass(rom, ref diff);
                if (rom != null)
                {
                    found.Append(new PyByteArray(rom, 8));
                }
                if (diff == 0)
                {
                    break;
                }
            }
            return found;
        }

        private sealed class OneWireTable : NativeTable
        {
            private static OneWireTable s_instance;

            public static OneWireTable Instance
            {
                get { return s_instance ?? (s_instance = new OneWireTable()); }
            }

            private static readonly string[] s_resetKw = new string[] { "required" };

            private OneWireTable() : base(new string[]
            {
                "reset", "readbit", "readbyte", "readinto", "writebit", "writebyte", "write", "select_rom", "scan", "crc8",
                "SEARCH_ROM", "MATCH_ROM", "SKIP_ROM",
            })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Reset = 0;
                public const int ReadBit = 1;
                public const int ReadByte = 2;
                public const int ReadInto = 3;
                public const int WriteBit = 4;
                public const int WriteByte = 5;
                public const int Write = 6;
                public const int SelectRom = 7;
                public const int Scan = 8;
                public const int Crc8 = 9;
                public const int SEARCH_ROM = 10;
                public const int MATCH_ROM = 11;
                public const int SKIP_ROM = 12;
            }

            public override int Kind(int id)
            {
                return id >= Id.SEARCH_ROM ? MemberValue : MemberMethod;
            }

            public override object GetValue(int id)
            {
                return PyInt.Create(id == Id.SEARCH_ROM ? SearchRom : id == Id.MATCH_ROM ? MatchRom : SkipRom);
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("OneWire", argc, kwc, 1, 1);
                int pin = MachineArgs.PinNumber(args[0]);
                OneWireObject w = new OneWireObject();
                w._bus = MachineArgs.Hardware().OpenOneWire(pin);
                if (w._bus == null)
                {
                    throw Err.Value("Pin(" + Ops.IntToString(pin) + ") can't run a 1-Wire bus");
                }
                w._pin = args[0];
                return w;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                OneWireObject self = Of(args[0]);
                int n = argc - 1;
                string name = Names[id];
                switch (id)
                {
                    case Id.Reset:
                        MachineArgs.CheckKw("reset", args, argc, kwc, s_resetKw);
                        MachineArgs.MaxPos("reset", n, 1);
                        object req = MachineArgs.Get(args, argc, kwc, 1, "required");
                        return PyBool.From(self.Reset(req != null && Ops.IsTrue(req)));
                    case Id.ReadBit:
                        Ops.CheckArgs(name, n, kwc, 0, 0);
                        return PyInt.Create(self._bus.TouchBit(1));
                    case Id.ReadByte:
                        Ops.CheckArgs(name, n, kwc, 0, 0);
                        return PyInt.Create(self.ReadByte());
                    case Id.ReadInto:
                        Ops.CheckArgs(name, n, kwc, 1, 1);
                        self.ReadInto(args[1]);
                        return PyNone.None;
                    case Id.WriteBit:
                        Ops.CheckArgs(name, n, kwc, 1, 1);
                        self._bus.TouchBit(Ops.IsTrue(args[1]) ? 1 : 0);
                        return PyNone.None;
                    case Id.WriteByte:
                        Ops.CheckArgs(name, n, kwc, 1, 1);
                        self.WriteByte((int)Ops.ToLong(args[1]));
                        return PyNone.None;
                    case Id.Write:
                        Ops.CheckArgs(name, n, kwc, 1, 1);
                        self.Write(args[1]);
                        return PyNone.None;
                    case Id.SelectRom:
                        Ops.CheckArgs(name, n, kwc, 1, 1);
                        self.SelectRom(args[1]);
                        return PyNone.None;
                    case Id.Scan:
                        Ops.CheckArgs(name, n, kwc, 0, 0);
                        return self.Scan();
                    default:
                        {
                            Ops.CheckArgs(name, n, kwc, 1, 1);
                            int off, count;
                            byte[] d = MachineArgs.ReadBuf(args[1], out off, out count);
                            return PyInt.Create(Crc8(d, off, count));
                        }
                }
            }
        }
    }
}
