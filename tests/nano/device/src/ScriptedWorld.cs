using MicroPy.Hal.NanoFramework.Emulation;

namespace MicroPy.DeviceTests
{
    /// <summary>
    /// The board world of the device-image run: an ESP32 (MemoryWorld: pins, UARTs and files in memory) whose REPL UART
    /// has Session.Input waiting from power-on and whose UART output goes to stdout as framed lines ("|text", '\\',
    /// CR, LF and bytes outside printable ASCII escaped), so that tests/nano/harness.py can tell it apart from nanoCLR's
    /// own lines. At the first prompt it reports the managed heap in use; after Session.LastOutput it reports the
    /// level the world sees at Session.Pin and ends the run. A pulse train driven on a pin (the emulated RMT's
    /// TransmitterChannel) is decoded as WS2812 bits (a high over 600 ns is a 1) and reported as bytes. /flash holds
    /// compiled code images from power-on (StockFlash); at the end the world reports how many images were loaded, how
    /// many code objects got a compiled body and how often compiled bodies ran (counting since DeviceMain set
    /// CompiledRegistry.CountRuns).
    /// </summary>
    public sealed class ScriptedWorld : MemoryWorld
    {
        private readonly uint _free0;
        private readonly int _replCom;
        private string _recent = "";
        private bool _prompted;
        private bool _ended;

        public ScriptedWorld(int replCom, uint free0) : base(EmulatedMcu.Esp32, "ESP32_REV3")
        {
            _replCom = replCom;
            _free0 = free0;
            byte[] input = new byte[Session.Input.Length];
            for (int i = 0; i < input.Length; i++)
            {
                input[i] = (byte)Session.Input[i];
            }
            Feed(replCom, input, 0, input.Length);
            StockFlash();
        }

        /// <summary>
        /// Puts DeviceFlash's files on /flash (app.py, util.py and the images micropy-freeze made of them, app.pe and
        /// util.pe), and three images that must not load: corrupt.pe (app.pe with one byte changed, so nanoCLR's CRC
        /// check refuses it; stored first, as after app.pe it would pass for the same image loaded already), broken.pe
        /// (app.pe cut short) and notes.pe (no assembly at all).
        /// </summary>
        private void StockFlash()
        {
            byte[] app = null;
            for (int i = 0; i < DeviceFlash.Names.Length; i++)
            {
                if (DeviceFlash.Names[i] == "app.pe")
                {
                    app = Bytes(DeviceFlash.Hex[i]);
                }
            }
            byte[] corrupt = new byte[app.Length];
            System.Array.Copy(app, corrupt, app.Length);
            corrupt[app.Length / 2] ^= 0xFF;
            Put("corrupt.pe", corrupt);
            for (int i = 0; i < DeviceFlash.Names.Length; i++)
            {
                Put(DeviceFlash.Names[i], Bytes(DeviceFlash.Hex[i]));
            }
            byte[] broken = new byte[1000];
            System.Array.Copy(app, broken, broken.Length);
            Put("broken.pe", broken);
            Put("notes.pe", Bytes("6e6f7420616e20617373656d626c790a"));
        }

        private void Put(string name, byte[] data)
        {
            WriteFile("I:\\" + name, data, data.Length);
        }

        private static byte[] Bytes(string hex)
        {
            char[] c = hex.ToCharArray();
            byte[] b = new byte[c.Length / 2];
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = (byte)((Nibble(c[2 * i]) << 4) | Nibble(c[2 * i + 1]));
            }
            return b;
        }

        private static int Nibble(char c)
        {
            return c <= '9' ? c - '0' : c - 'a' + 10;
        }

        public override void DriveTimed(int pin, bool openDrain, int[] levels, int[] durationsNs, int count, int[] sampleNs, int[] samples, int sampleCount)
        {
            int bits = 0;
            int value = 0;
            char[] hex = new char[count];
            int n = 0;
            for (int i = 0; i < count; i++)
            {
                if (levels[i] != 1 || durationsNs[i] == 0)
                {
                    continue;
                }
                value = (value << 1) | (durationsNs[i] > 600 ? 1 : 0);
                if (++bits == 8)
                {
                    hex[n++] = Hex(value >> 4);
                    hex[n++] = Hex(value & 15);
                    bits = 0;
                    value = 0;
                }
            }
            System.Console.WriteLine("@@@ PULSES pin " + pin.ToString() + " levels " + count.ToString() + " bytes " + new string(hex, 0, n));
            base.DriveTimed(pin, openDrain, levels, durationsNs, count, sampleNs, samples, sampleCount);
        }

        public override void UartWrite(int com, byte[] data, int offset, int count)
        {
            base.UartWrite(com, data, offset, count);
            if (count <= 0 || _ended)
            {
                return;
            }
            string text = Frame(data, offset, count);
            System.Console.WriteLine(com == _replCom ? "|" + text : "@@@ COM" + com.ToString() + " " + text);
            if (com != _replCom)
            {
                return;
            }
            char[] c = new char[count];
            for (int i = 0; i < count; i++)
            {
                c[i] = (char)data[offset + i];
            }
            _recent = _recent + new string(c);
            if (_recent.Length > 256)
            {
                _recent = _recent.Substring(_recent.Length - 256);
            }
            if (!_prompted && _recent.IndexOf(">>> ") >= 0)
            {
                _prompted = true;
                uint free = nanoFramework.Runtime.Native.GC.Run(false);
                System.Console.WriteLine("@@@ HEAP at-prompt free " + free.ToString() + " used-since-start "
                    + (_free0 - free).ToString());
            }
            if (_recent.Length >= Session.LastOutput.Length
                && _recent.Substring(_recent.Length - Session.LastOutput.Length) == Session.LastOutput)
            {
                _ended = true;
                System.Console.WriteLine("@@@ PIN " + Session.Pin.ToString() + " level " + ReadPin(Session.Pin).ToString());
                System.Console.WriteLine("@@@ NATIVE images " + MicroPy.Runtime.NativeImages.Loaded.ToString()
                    + " attached " + MicroPy.Runtime.CompiledRegistry.Attached.ToString()
                    + " interpreted " + MicroPy.Runtime.CompiledRegistry.Unmatched.ToString() + " compiled runs "
                    + MicroPy.Runtime.CompiledRegistry.Runs.ToString());
                System.Console.WriteLine("@@@ DEVICE END");
                nanoFramework.Runtime.Native.Power.RebootDevice();
            }
        }

        /// <summary>Bytes as one line: printable ASCII as itself, '\\' doubled, CR and LF as \r and \n, others \xNN.</summary>
        private static string Frame(byte[] data, int offset, int count)
        {
            char[] d = new char[count * 4];
            int n = 0;
            for (int i = 0; i < count; i++)
            {
                int b = data[offset + i];
                if (b == '\\')
                {
                    d[n++] = '\\';
                    d[n++] = '\\';
                }
                else if (b == '\n' || b == '\r')
                {
                    d[n++] = '\\';
                    d[n++] = b == '\n' ? 'n' : 'r';
                }
                else if (b < 0x20 || b >= 0x7f)
                {
                    d[n++] = '\\';
                    d[n++] = 'x';
                    d[n++] = Hex(b >> 4);
                    d[n++] = Hex(b & 15);
                }
                else
                {
                    d[n++] = (char)b;
                }
            }
            return new string(d, 0, n);
        }

        private static char Hex(int v)
        {
            return (char)(v < 10 ? '0' + v : 'a' + v - 10);
        }
    }
}
