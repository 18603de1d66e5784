using MicroPy.Hal.NanoFramework.Emulation;

namespace MicroPy.DeviceTests
{
    /// <summary>
    /// The board world of the device-image run: an ESP32 (MemoryWorld: pins, UARTs and files in memory) whose REPL UART
    /// has Session.Input waiting from power-on and whose UART output goes to stdout as framed lines ("|text", '\\',
    /// CR, LF and bytes outside printable ASCII escaped), so that tests/nano/harness.py can tell it apart from nanoCLR's
    /// own lines. At the first prompt it reports the managed heap in use; after Session.LastOutput it reports the
    /// level the world sees at Session.Pin and ends the run. A pulse train driven on a pin (the emulated RMT's
    /// TransmitterChannel) is decoded as WS2812 bits (a high over 600 ns is a 1) and reported as bytes.
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
