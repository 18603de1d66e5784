using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Modules.Machine;

namespace MicroPy.Hal.Simulated
{
    /// <summary>
    /// The desktop-only module 'sim': drives the simulated board from Python, so a whole hardware scenario is one
    /// script: pins (drive, release, level, history), wiring, pulses, I2C/SPI devices, UART peers, ADC values and
    /// virtual time; board() names the board table (the simulated board, or a real board's table when the host runs
    /// the nanoFramework adapters over the simulation).
    /// </summary>
    public sealed class SimModule : NativeModule
    {
        public static readonly SimModule Instance = new SimModule();

        /// <summary>The board the module drives (set by whoever installs the board).</summary>
        public static SimBoard Board;

        private SimModule() : base("sim", new string[]
        {
            "pin", "wire", "pulse", "i2c_regs", "i2c_device", "spi_device", "spi_regs", "uart", "adc", "now_us",
            "advance_us", "spi_log", "pwm", "i2c_remove", "ssd1306", "neopixel", "ds18b20", "dht", "board",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Pin = 0;
            public const int Wire = 1;
            public const int Pulse = 2;
            public const int I2cRegs = 3;
            public const int I2cDevice = 4;
            public const int SpiDevice = 5;
            public const int SpiRegs = 6;
            public const int Uart = 7;
            public const int Adc = 8;
            public const int NowUs = 9;
            public const int AdvanceUs = 10;
            public const int SpiLog = 11;
            public const int Pwm = 12;
            public const int I2cRemove = 13;
            public const int Ssd1306 = 14;
            public const int Neopixel = 15;
            public const int Ds18b20 = 16;
            public const int Dht = 17;
            public const int Board = 18;
        }

        public override int Kind(int id)
        {
            return MemberStatic;
        }

        private static SimBoard B()
        {
            if (Board == null)
            {
                throw Err.OS(OsErrno.ENODEV, "no simulated board");
            }
            return Board;
        }

        internal static SimPin PinOf(object o)
        {
            SimPinObject sp = o as SimPinObject;
            if (sp != null)
            {
                return sp.Pin;
            }
            PinObject p = Ops.NativeSelf(o) as PinObject;
            int n = p != null ? p.Number : (int)Ops.ToLong(o);
            SimPin pin = B().Pin(n);
            if (pin == null)
            {
                throw Err.Value("invalid pin " + Ops.IntToString(n));
            }
            return pin;
        }

        private static PyByteArray Memory(object[] args, int argc, int kwc, int pos)
        {
            object sizev = pos < argc ? args[pos] : Ops.KwArg(args, argc, kwc, "size");
            long size = sizev == null ? 256 : Ops.ToLong(sizev);
            if (size < 0 || size > 1 << 20)
            {
                throw Err.Value("size out of range");
            }
            return new PyByteArray(new byte[size], (int)size);
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            SimBoard b = B();
            switch (id)
            {
                case Id.Pin:
                    Ops.CheckArgs("pin", argc, kwc, 1, 1);
                    return new SimPinObject(PinOf(args[0]), b);
                case Id.Wire:
                    Ops.CheckArgs("wire", argc, kwc, 2, 2);
                    SimPin.Wire(PinOf(args[0]), PinOf(args[1]), b);
                    return PyNone.None;
                case Id.Pulse:
                    {
                        // pulse(pin, level, width_us, after_us=0)
                        if (argc < 3 || argc > 4)
                        {
                            throw Err.Type("pulse(pin, level, width_us, after_us=0)");
                        }
                        SimPin pin = PinOf(args[0]);
                        int level = Ops.IsTrue(args[1]) ? 1 : 0;
                        long width = Ops.ToLong(args[2]);
                        object afterv = argc > 3 ? args[3] : Ops.KwArg(args, argc, kwc, "after_us");
                        long after = afterv == null ? 0 : Ops.ToLong(afterv);
                        if (width <= 0 || after < 0)
                        {
                            throw Err.Value("width_us must be > 0 and after_us >= 0");
                        }
                        long start = b.NowUs + after;
                        b.Schedule(start, 0, delegate { pin.Drive(level); });
                        b.Schedule(start + width, 0, delegate
                        {
                            // The source drives the line back, then lets go (a floating line keeps its level).
                            pin.Drive(1 - level);
                            pin.Drive(-1);
                        });
                        return PyNone.None;
                    }
                case Id.I2cRegs:
                    {
                        // i2c_regs(bus, addr, size=256, addr_bytes=1)
                        if (argc < 2)
                        {
                            throw Err.Type("i2c_regs(bus, addr, size=256, addr_bytes=1)");
                        }
                        int bus = (int)Ops.ToLong(args[0]);
                        int addr = Addr(args[1]);
                        PyByteArray mem = Memory(args, argc, kwc, 2);
                        object abv = argc > 3 ? args[3] : Ops.KwArg(args, argc, kwc, "addr_bytes");
                        int ab = abv == null ? 1 : (int)Ops.ToLong(abv);
                        if (ab < 1 || ab > 4)
                        {
                            throw Err.Value("addr_bytes must be 1..4");
                        }
                        b.I2cBus(bus).Attach(addr, new SimRegisterDevice(mem, ab));
                        return mem;
                    }
                case Id.I2cDevice:
                    Ops.CheckArgs("i2c_device", argc, kwc, 3, 3);
                    b.I2cBus((int)Ops.ToLong(args[0])).Attach(Addr(args[1]), new SimPyI2cDevice(args[2]));
                    return PyNone.None;
                case Id.SpiDevice:
                    Ops.CheckArgs("spi_device", argc, kwc, 3, 3);
                    b.SpiBus((int)Ops.ToLong(args[0])).Attach(PinOf(args[1]), new SimPySpiDevice(args[2]));
                    return PyNone.None;
                case Id.SpiRegs:
                    {
                        if (argc < 2)
                        {
                            throw Err.Type("spi_regs(bus, cs_pin, size=128)");
                        }
                        PyByteArray mem = Memory(args, argc, kwc, 2);
                        b.SpiBus((int)Ops.ToLong(args[0])).Attach(PinOf(args[1]), new SimSpiRegisterDevice(mem));
                        return mem;
                    }
                case Id.Uart:
                    {
                        Ops.CheckArgs("uart", argc, kwc, 1, 1);
                        long uid = Ops.ToLong(args[0]);
                        if (uid < 0 || uid >= b.Definition.UartCount)
                        {
                            throw Err.Value("UART(" + Ops.LongToString(uid) + ") doesn't exist");
                        }
                        return new SimUartObject(b.Uart((int)uid));
                    }
                case Id.Adc:
                    {
                        Ops.CheckArgs("adc", argc, kwc, 2, 2);
                        long ch = Ops.ToLong(args[0]);
                        long v = Ops.ToLong(args[1]);
                        if (b.OpenAdc((int)ch) == null)
                        {
                            throw Err.Value("invalid ADC channel " + Ops.LongToString(ch));
                        }
                        if (v < 0 || v > 4095)
                        {
                            throw Err.Value("ADC value must be 0..4095");
                        }
                        b.Adc((int)ch).Value = (int)v;
                        return PyNone.None;
                    }
                case Id.NowUs:
                    Ops.CheckArgs("now_us", argc, kwc, 0, 0);
                    return PyInt.Create(b.NowUs);
                case Id.AdvanceUs:
                    {
                        Ops.CheckArgs("advance_us", argc, kwc, 1, 1);
                        long us = Ops.ToLong(args[0]);
                        if (us < 0)
                        {
                            throw Err.Value("time only moves forward");
                        }
                        b.Sleep(us);
                        return PyNone.None;
                    }
                case Id.SpiLog:
                    {
                        Ops.CheckArgs("spi_log", argc, kwc, 1, 1);
                        SimSpiBus bus = b.SpiBus((int)Ops.ToLong(args[0]));
                        byte[] log;
                        lock (b.Sync)
                        {
                            log = bus.Log.ToArray();
                            bus.Log.Clear();
                        }
                        return new PyBytes(log);
                    }
                case Id.Pwm:
                    {
                        Ops.CheckArgs("pwm", argc, kwc, 1, 1);
                        SimPwm p = b.Pwm(PinOf(args[0]).Number);
                        if (p == null || !p.Running)
                        {
                            return PyNone.None;
                        }
                        return new PyTuple(new object[] { PyInt.Create(p.Frequency), PyInt.Create(p.DutyPer10k) });
                    }
                case Id.I2cRemove:
                    Ops.CheckArgs("i2c_remove", argc, kwc, 2, 2);
                    b.I2cBus((int)Ops.ToLong(args[0])).Attach(Addr(args[1]), null);
                    return PyNone.None;
                case Id.Ssd1306:
                    {
                        // ssd1306(bus, addr=0x3c, width=128, height=64)
                        if (argc < 1 || argc > 4)
                        {
                            throw Err.Type("ssd1306(bus, addr=0x3c, width=128, height=64)");
                        }
                        int addr = argc > 1 ? Addr(args[1]) : 0x3C;
                        long w = argc > 2 ? Ops.ToLong(args[2]) : 128;
                        long h = argc > 3 ? Ops.ToLong(args[3]) : 64;
                        if (w < 1 || w > 128 || h < 8 || h > 64 || h % 8 != 0)
                        {
                            throw Err.Value("SSD1306 is at most 128x64, height a multiple of 8");
                        }
                        SimSsd1306 d = new SimSsd1306((int)w, (int)h);
                        b.I2cBus((int)Ops.ToLong(args[0])).Attach(addr, d);
                        return d;
                    }
                case Id.Neopixel:
                    {
                        // neopixel(pin, n, bpp=3, timing=1)
                        if (argc < 2 || argc > 4)
                        {
                            throw Err.Type("neopixel(pin, n, bpp=3, timing=1)");
                        }
                        SimPin pin = PinOf(args[0]);
                        long n = Ops.ToLong(args[1]);
                        long bpp = argc > 2 ? Ops.ToLong(args[2]) : 3;
                        if (n < 1 || n > 4096 || bpp != 3 && bpp != 4)
                        {
                            throw Err.Value("n must be 1..4096 and bpp 3 or 4");
                        }
                        SimNeoPixel strip = new SimNeoPixel(b, pin, (int)n, (int)bpp, argc < 4 || Ops.IsTrue(args[3]));
                        lock (b.Sync)
                        {
                            pin.Listeners.Add(strip);
                        }
                        return strip;
                    }
                case Id.Ds18b20:
                    {
                        // ds18b20(pin, temp=20.0, serial=None): a DS18B20 on the pin's 1-Wire bus
                        if (argc < 1 || argc > 3)
                        {
                            throw Err.Type("ds18b20(pin, temp=20.0, serial=None)");
                        }
                        SimPin pin = PinOf(args[0]);
                        double t = argc > 1 ? Ops.ToDouble(args[1]) : 20.0;
                        SimOneWireBus bus = null;
                        lock (b.Sync)
                        {
                            for (int i = 0; i < pin.Listeners.Count && bus == null; i++)
                            {
                                bus = pin.Listeners[i] as SimOneWireBus;
                            }
                            if (bus == null)
                            {
                                bus = new SimOneWireBus(b, pin);
                                pin.Listeners.Add(bus);
                            }
                        }
                        long serial = argc > 2 && args[2] != PyNone.None ? Ops.ToLong(args[2]) : bus.Devices.Count + 1;
                        if (serial < 0 || serial > 0xFFFFFFFFFFFFL)
                        {
                            throw Err.Value("serial is 48 bits");
                        }
                        SimDs18b20 dev = new SimDs18b20(bus, serial, t);
                        lock (b.Sync)
                        {
                            bus.Devices.Add(dev);
                        }
                        return dev;
                    }
                case Id.Dht:
                    {
                        // dht(pin, kind=22, temp=20.0, humidity=50.0)
                        if (argc < 1 || argc > 4)
                        {
                            throw Err.Type("dht(pin, kind=22, temp=20.0, humidity=50.0)");
                        }
                        SimPin pin = PinOf(args[0]);
                        long kind = argc > 1 ? Ops.ToLong(args[1]) : 22;
                        if (kind != 11 && kind != 22)
                        {
                            throw Err.Value("kind is 11 or 22");
                        }
                        SimDht dev = new SimDht(b, pin, kind == 22, argc > 2 ? Ops.ToDouble(args[2]) : 20.0, argc > 3 ? Ops.ToDouble(args[3]) : 50.0);
                        lock (b.Sync)
                        {
                            pin.Listeners.Add(dev);
                        }
                        return dev;
                    }
                case Id.Board:
                    // board(): which board table the simulation runs (scenarios pick their pins by it).
                    Ops.CheckArgs("board", argc, kwc, 0, 0);
                    return b.Definition.Name;
            }
            return PyNone.None;
        }

        private static int Addr(object o)
        {
            long a = Ops.ToLong(o);
            if (a < 0 || a > 127)
            {
                throw Err.Value("invalid I2C address: " + Ops.LongToString(a));
            }
            return (int)a;
        }
    }
}
