using System.IO;
using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Runtime;
using MicroPy.Hal;
using MicroPy.Hal.Desktop;
using MicroPy.Hal.Simulated;
using MicroPy.Modules.Machine;
using Xunit;

namespace MicroPy.Tests.Machine
{
    /// <summary>machine over the simulated board, driven from C# (the Python scenarios live in tests/py/machine).</summary>
    [Collection("Platform")]
    public class MachineSimTests : System.IDisposable
    {
        private readonly SimBoard _board;
        private readonly MemoryStream _out = new MemoryStream();

        public MachineSimTests()
        {
            DesktopPlatform.Install(new DesktopConsole(new MemoryStream(), _out), Path.GetTempPath());
            _board = new SimBoard(false);
            _board.Install();
            SimModule.Board = _board;
            MachineModule.ResetState();
            Scheduler.Clear();
            new Interp(MicroPy.Modules.ModuleRegistry.Instance);
        }

        public void Dispose()
        {
            Scheduler.Clear();
            MachineModule.ResetState();
            Platform.Hardware = null;
            Platform.EpochYear = 1970;
        }

        private static readonly PyModule s_machine = new PyModule("machine", MachineModule.Instance);

        private static object Member(string name)
        {
            return Ops.GetAttr(s_machine, name);
        }

        private static void AssertInt(long expected, object actual)
        {
            Assert.IsType<PyInt>(actual);
            Assert.Equal(expected, ((PyInt)actual).Value);
        }

        private static object Const(object type, string name)
        {
            return Ops.GetAttr(type, name);
        }

        private static object New(string cls, params object[] args)
        {
            return Ops.Call(Member(cls), args, args.Length, 0);
        }

        /// <summary>Calls f with positional args then keyword pairs ("name", value, ...).</summary>
        private static object CallKw(object f, object[] pos, params object[] kw)
        {
            object[] a = new object[pos.Length + kw.Length];
            pos.CopyTo(a, 0);
            kw.CopyTo(a, pos.Length);
            return Ops.Call(f, a, pos.Length, kw.Length / 2);
        }

        private static object Int(long v)
        {
            return PyInt.Create(v);
        }

        private static object Meth(object o, string name)
        {
            return Ops.GetAttr(o, name);
        }

        private void SleepMs(int ms)
        {
            Platform.Clock.SleepMs(ms);
        }

        private sealed class Counter : PyObject
        {
            private static readonly PyType s_type = PyType.Native("counter", null, null);
            public int Count;
            public object LastArg;

            public override PyType Type
            {
                get { return s_type; }
            }

            public override object Call(object[] args, int argc, int kwc)
            {
                Count++;
                LastArg = argc > 0 ? args[0] : null;
                return PyNone.None;
            }
        }

        private sealed class Raiser : PyObject
        {
            private static readonly PyType s_type = PyType.Native("raiser", null, null);
            public int Count;

            public override PyType Type
            {
                get { return s_type; }
            }

            public override object Call(object[] args, int argc, int kwc)
            {
                Count++;
                throw Err.Value("boom");
            }
        }

        private static long[] History(SimPin p)
        {
            long[] r = new long[p.HistoryTimes.Count * 2];
            for (int i = 0; i < p.HistoryTimes.Count; i++)
            {
                r[2 * i] = p.HistoryTimes[i];
                r[2 * i + 1] = p.HistoryLevels[i];
            }
            return r;
        }

        [Fact]
        public void BlinkIsRecordedWithExactVirtualTimestamps()
        {
            object pin = CallKw(Member("Pin"), new object[] { Int(2) }, "mode", Const(Member("Pin"), "OUT"));
            for (int i = 0; i < 3; i++)
            {
                Ops.Call0(Meth(pin, "on"));
                SleepMs(250);
                Ops.Call0(Meth(pin, "off"));
                SleepMs(250);
            }
            Assert.Equal(new long[] { 0, 1, 250000, 0, 500000, 1, 750000, 0, 1000000, 1, 1250000, 0 }, History(_board.Pin(2)));
            Assert.Equal(1500000, _board.NowUs);
        }

        [Fact]
        public void ButtonWithPullUpCountsFallingEdges()
        {
            object pinType = Member("Pin");
            object button = Ops.Call(pinType, new object[] { Int(0), Const(pinType, "IN"), Const(pinType, "PULL_UP") }, 3, 0);
            Assert.Equal(Int(1), Ops.Call0(button));
            Counter c = new Counter();
            CallKw(Meth(button, "irq"), new object[0], "handler", c, "trigger", Const(pinType, "IRQ_FALLING"));
            for (int i = 0; i < 4; i++)
            {
                SimModule.Instance.Call(SimModule.Instance.IndexOf("pulse"), new object[] { Int(0), Int(0), Int(20000), Int(100000 * i + 1000) }, 4, 0);
            }
            SleepMs(1000);
            Assert.Equal(4, c.Count);
            Assert.Same(button, c.LastArg);
        }

        [Fact]
        public void IrqHandlerThatRaisesIsDisabledAndReported()
        {
            object pinType = Member("Pin");
            object button = Ops.Call(pinType, new object[] { Int(4), Const(pinType, "IN"), Const(pinType, "PULL_UP") }, 3, 0);
            Raiser r = new Raiser();
            CallKw(Meth(button, "irq"), new object[0], "handler", r, "trigger", Const(pinType, "IRQ_FALLING"));
            _board.Pin(4).Drive(0);
            _board.Pin(4).Drive(-1);
            SleepMs(1);
            _board.Pin(4).Drive(0);
            SleepMs(1);
            Assert.Equal(1, r.Count);
            string text = System.Text.Encoding.UTF8.GetString(_out.ToArray());
            Assert.Contains("ValueError: boom", text);
        }

        [Fact]
        public void I2cRegisterSensorScanReadAndNack()
        {
            PyByteArray regs = (PyByteArray)SimModule.Instance.Call(SimModule.Instance.IndexOf("i2c_regs"), new object[] { Int(0), Int(0x76) }, 2, 0);
            regs.Data[0xD0] = 0x58;
            regs.Data[0xFA] = 0x12;
            regs.Data[0xFB] = 0x34;
            object i2c = CallKw(Member("I2C"), new object[0], "scl", Ops.Call1(Member("Pin"), Int(22)), "sda", Ops.Call1(Member("Pin"), Int(21)), "freq", Int(400000));
            PyList found = (PyList)Ops.Call0(Meth(i2c, "scan"));
            Assert.Equal(1, found.Count);
            Assert.Equal(Int(0x76), found.Items[0]);
            PyBytes id = (PyBytes)Ops.Call3(Meth(i2c, "readfrom_mem"), Int(0x76), Int(0xD0), Int(1));
            Assert.Equal(new byte[] { 0x58 }, id.Data);
            PyBytes two = (PyBytes)Ops.Call3(Meth(i2c, "readfrom_mem"), Int(0x76), Int(0xFA), Int(2));
            Assert.Equal(new byte[] { 0x12, 0x34 }, two.Data);
            Ops.Call3(Meth(i2c, "writeto_mem"), Int(0x76), Int(0xF4), new PyBytes(new byte[] { 0x27 }));
            Assert.Equal(0x27, regs.Data[0xF4]);
            PyException e = Assert.Throws<PyException>(() => Ops.Call2(Meth(i2c, "readfrom"), Int(0x50), Int(1)));
            Assert.Equal("OSError", e.Value.Type.Name);
            Assert.Equal(Int(19), e.Value.Args[0]);
        }

        [Fact]
        public void EepromWithSixteenBitAddresses()
        {
            PyByteArray mem = (PyByteArray)SimModule.Instance.Call(SimModule.Instance.IndexOf("i2c_regs"), new object[] { Int(0), Int(0x50), Int(4096), Int(2) }, 4, 0);
            object i2c = Ops.Call1(Member("I2C"), Int(0));
            CallKw(Meth(i2c, "writeto_mem"), new object[] { Int(0x50), Int(0x0123), new PyBytes(new byte[] { 1, 2, 3 }) }, "addrsize", Int(16));
            Assert.Equal(new byte[] { 1, 2, 3 }, new byte[] { mem.Data[0x123], mem.Data[0x124], mem.Data[0x125] });
            PyBytes back = (PyBytes)CallKw(Meth(i2c, "readfrom_mem"), new object[] { Int(0x50), Int(0x0123), Int(3) }, "addrsize", Int(16));
            Assert.Equal(new byte[] { 1, 2, 3 }, back.Data);
        }

        [Fact]
        public void TimerAtTenHertzFiresTenTimesInOneSecond()
        {
            Counter c = new Counter();
            object timerType = Member("Timer");
            object t = Ops.Call1(timerType, Int(-1));
            CallKw(Meth(t, "init"), new object[0], "period", Int(100), "mode", Const(timerType, "PERIODIC"), "callback", c);
            SleepMs(1000);
            Assert.Equal(10, c.Count);
            Ops.Call0(Meth(t, "deinit"));
            SleepMs(1000);
            Assert.Equal(10, c.Count);
        }

        [Fact]
        public void WatchdogNotFedResetsTheBoard()
        {
            object wdt = CallKw(Member("WDT"), new object[0], "timeout", Int(2000));
            SleepMs(1500);
            Ops.Call0(Meth(wdt, "feed"));
            SleepMs(1500);
            BoardResetException e = Assert.Throws<BoardResetException>(() => SleepMs(1000));
            Assert.Equal(ResetCause.WdtReset, e.Cause);
            Assert.Equal(3500000, _board.NowUs);
        }

        [Fact]
        public void UartEchoAndLoopback()
        {
            object uart = Ops.Call2(Member("UART"), Int(1), Int(115200));
            SimUart peer = _board.Uart(1);
            peer.Feed(new byte[] { (byte)'h', (byte)'i', (byte)'\n' }, 0, 3);
            Assert.Equal(Int(3), Ops.Call0(Meth(uart, "any")));
            PyBytes line = (PyBytes)Ops.Call0(Meth(uart, "readline"));
            Assert.Equal("hi\n", System.Text.Encoding.ASCII.GetString(line.Data));
            Ops.Call1(Meth(uart, "write"), line);
            Assert.Equal(line.Data, peer.Take());
            Assert.Same(PyNone.None, Ops.Call0(Meth(uart, "read")));
            Assert.Equal(115200, peer.Baudrate);
        }

        [Fact]
        public void SpiLoopbackAndRegisterRead()
        {
            object spi = CallKw(Member("SPI"), new object[] { Int(1) }, "baudrate", Int(1000000), "polarity", Int(0), "phase", Int(0));
            SimPin.Wire(_board.Pin(13), _board.Pin(12), _board);
            PyByteArray rbuf = new PyByteArray(new byte[3], 3);
            Ops.Call2(Meth(spi, "write_readinto"), new PyBytes(new byte[] { 9, 8, 7 }), rbuf);
            Assert.Equal(new byte[] { 9, 8, 7 }, rbuf.Data);

            object spi2 = Ops.Call1(Member("SPI"), Int(2));
            object pinType = Member("Pin");
            object cs = CallKw(pinType, new object[] { Int(5), Const(pinType, "OUT") }, "value", Int(1));
            PyByteArray regs = (PyByteArray)SimModule.Instance.Call(SimModule.Instance.IndexOf("spi_regs"), new object[] { Int(2), Int(5), Int(128) }, 3, 0);
            regs.Data[0x0F] = 0x33;
            Ops.Call1(cs, Int(0));
            Ops.Call1(Meth(spi2, "write"), new PyBytes(new byte[] { 0x8F }));
            PyBytes who = (PyBytes)Ops.Call1(Meth(spi2, "read"), Int(1));
            Ops.Call1(cs, Int(1));
            Assert.Equal(new byte[] { 0x33 }, who.Data);
        }

        [Fact]
        public void TimePulseMeasuresASimulatedPulseAndTimesOut()
        {
            object pinType = Member("Pin");
            object echo = Ops.Call2(pinType, Int(18), Const(pinType, "IN"));
            SimModule.Instance.Call(SimModule.Instance.IndexOf("pulse"), new object[] { Int(18), Int(1), Int(580), Int(100) }, 4, 0);
            AssertInt(580, Ops.Call2(Member("time_pulse_us"), echo, Int(1)));
            PyException e = Assert.Throws<PyException>(() => Ops.Call3(Member("time_pulse_us"), echo, Int(1), Int(1000)));
            Assert.Equal(Int(110), e.Value.Args[0]);
        }

        [Fact]
        public void AdcReadsTheSimulatedValue()
        {
            _board.Adc(0).Value = 1234;
            AssertInt(1234, Ops.Call0(Meth(Ops.Call1(Member("ADC"), Int(0)), "read")));
            AssertInt(1234, Ops.Call0(Meth(Ops.Call1(Member("ADC"), Ops.Call1(Member("Pin"), Int(36))), "read")));
            object ch = CallKw(Meth(Ops.Call0(Member("ADC")), "channel"), new object[0], "pin", Int(36));
            AssertInt(1234, Ops.Call0(ch));
        }

        [Fact]
        public void RtcRunsWithVirtualTimeAndAlarmFires()
        {
            object rtc = Ops.Call0(Member("RTC"));
            Ops.Call1(Meth(rtc, "init"), new PyTuple(new object[] { Int(2024), Int(2), Int(29), Int(23), Int(59), Int(58) }));
            SleepMs(3000);
            PyTuple now = (PyTuple)Ops.Call0(Meth(rtc, "now"));
            long[] expect = { 2024, 3, 1, 0, 0, 1, 0 };
            for (int i = 0; i < expect.Length; i++)
            {
                AssertInt(expect[i], now.Items[i]);
            }
            Assert.Same(PyNone.None, now.Items[7]);
            Counter c = new Counter();
            CallKw(Meth(rtc, "irq"), new object[0], "trigger", Const(Member("RTC"), "ALARM0"), "handler", c);
            CallKw(Meth(rtc, "alarm"), new object[] { Int(0), Int(500) }, "repeat", PyBool.True);
            SleepMs(1600);
            Assert.Equal(3, c.Count);
            AssertInt(400, Ops.Call0(Meth(rtc, "alarm_left")));
        }

        [Fact]
        public void InvalidPinSaysWhichPinsExist()
        {
            PyException e = Assert.Throws<PyException>(() => Ops.Call1(Member("Pin"), Int(6)));
            Assert.Equal("ValueError", e.Value.Type.Name);
            Assert.Contains("GPIO 0, 1, 2", e.Value.Str());
            e = Assert.Throws<PyException>(() => Ops.Call1(Member("I2C"), Int(7)));
            Assert.Equal("ValueError", e.Value.Type.Name);
        }
    }
}
