using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Modules.Onewire
{
    /// <summary>
    /// ds18x20.DS18X20(onewire), as MicroPython's driver: scan() (the ROMs of family 10h DS18S20 and 28h DS18B20),
    /// convert_temp() (SKIP ROM, CONVERT T: every sensor starts; wait 750 ms at 12 bits before reading),
    /// read_scratch(rom) (MATCH ROM, READ SCRATCHPAD, 9 bytes checked against their CRC), write_scratch(rom, buf)
    /// (TH, TL, configuration), read_temp(rom) in degrees C (DS18B20: the 16-bit register / 16; DS18S20: with
    /// COUNT_REMAIN and COUNT_PER_C).
    /// </summary>
    public sealed class DS18X20Object : PyObject
    {
        private static PyType s_typeObject;

        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("DS18X20", Table.Instance, null)); }
        }

        private object _ow;
        private PyByteArray _buf = new PyByteArray(new byte[9], 9);

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object GetAttr(string name)
        {
            return name == "ow" ? _ow : name == "buf" ? _buf : base.GetAttr(name);
        }

        private PyByteArray ReadScratch(OneWireObject ow, object rom)
        {
            ow.Reset(true);
            ow.SelectRom(rom);
            ow.WriteByte(0xBE);
            ow.ReadInto(_buf);
            if (OneWireObject.Crc8(_buf.Data, 0, 9) != 0)
            {
                throw Err.Make(PyExc.Exception, "CRC error");
            }
            return _buf;
        }

        private static int RomFamily(object rom)
        {
            object f = Ops.GetItem(rom, PyInt.Create(0));
            return (int)Ops.ToLong(f);
        }

        private sealed class Table : NativeTable
        {
            public static readonly Table Instance = new Table();

            private Table() : base(new string[] { "scan", "convert_temp", "read_scratch", "write_scratch", "read_temp" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Scan = 0;
                public const int ConvertTemp = 1;
                public const int ReadScratch = 2;
                public const int WriteScratch = 3;
                public const int ReadTemp = 4;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs("DS18X20", argc, kwc, 1, 1);
                OneWireObject.Of(args[0]);
                DS18X20Object d = new DS18X20Object();
                d._ow = args[0];
                return d;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                DS18X20Object self = Ops.NativeSelf(args[0]) as DS18X20Object;
                if (self == null)
                {
                    throw Err.Type("DS18X20 object required");
                }
                OneWireObject ow = OneWireObject.Of(self._ow);
                int n = argc - 1;
                switch (id)
                {
                    case Id.Scan:
                        {
                            Ops.CheckArgs("scan", n, kwc, 0, 0);
                            PyList all = ow.Scan();
                            PyList mine = new PyList();
                            for (int i = 0; i < all.Count; i++)
                            {
                                int fam = RomFamily(all.Items[i]);
                                if (fam == 0x10 || fam == 0x28)
                                {
                                    mine.Append(all.Items[i]);
                                }
                            }
                            return mine;
                        }
                    case Id.ConvertTemp:
                        Ops.CheckArgs("convert_temp", n, kwc, 0, 0);
                        ow.Reset(true);
                        ow.WriteByte(OneWireObject.SkipRom);
                        ow.WriteByte(0x44);
                        return PyNone.None;
                    case Id.ReadScratch:
                        Ops.CheckArgs("read_scratch", n, kwc, 1, 1);
                        return self.ReadScratch(ow, args[1]);
                    case Id.WriteScratch:
                        Ops.CheckArgs("write_scratch", n, kwc, 2, 2);
                        ow.Reset(true);
                        ow.SelectRom(args[1]);
                        ow.WriteByte(0x4E);
                        ow.Write(args[2]);
                        return PyNone.None;
                    default:
                        {
                            Ops.CheckArgs("read_temp", n, kwc, 1, 1);
                            byte[] b = self.ReadScratch(ow, args[1]).Data;
                            if (RomFamily(args[1]) == 0x10)
                            {
                                int t = b[1] != 0 ? -((~((b[0] >> 1) | 0x80) + 1) & 0xFF) : b[0] >> 1;
                                if (b[7] == 0)
                                {
                                    throw Err.Make(PyExc.Exception, "CRC error");
                                }
                                return new PyFloat(t - 0.25 + (double)(b[7] - b[6]) / b[7]);
                            }
                            int raw = (short)(b[0] | (b[1] << 8));
                            return new PyFloat(raw / 16.0);
                        }
                }
            }
        }
    }
}
