using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>A board's alternate-function table (BoardDefinition.AltFunctions: "NAME:index" pairs per GPIO).</summary>
    internal static class PinAlt
    {
        private static string Entry(BoardDefinition b, int pin)
        {
            if (b.AltFunctions == null)
            {
                return null;
            }
            for (int i = 0; i < b.Gpios.Length && i < b.AltFunctions.Length; i++)
            {
                if (b.Gpios[i] == pin)
                {
                    return b.AltFunctions[i];
                }
            }
            return null;
        }

        /// <summary>Pin.alt_list(): [('NAME', index), ...].</summary>
        public static PyList List(BoardDefinition b, int pin)
        {
            PyList l = new PyList();
            string e = Entry(b, pin);
            if (e == null || e.Length == 0)
            {
                return l;
            }
            string[] parts = e.Split(' ');
            for (int i = 0; i < parts.Length; i++)
            {
                int c = parts[i].IndexOf(':');
                l.Append(new PyTuple(new object[] { parts[i].Substring(0, c), PyInt.Create(Num(parts[i], c + 1)) }));
            }
            return l;
        }

        /// <summary>True when the pin offers alternate function index af.</summary>
        public static bool Has(BoardDefinition b, int pin, int af)
        {
            string e = Entry(b, pin);
            if (e == null || e.Length == 0)
            {
                return false;
            }
            string[] parts = e.Split(' ');
            for (int i = 0; i < parts.Length; i++)
            {
                if (Num(parts[i], parts[i].IndexOf(':') + 1) == af)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Index of the function called name on the pin (e.g. "UART0_TX"), or -1; -2 when the board has no table.</summary>
        public static int Find(BoardDefinition b, int pin, string name)
        {
            if (b.AltFunctions == null)
            {
                return -2;
            }
            string e = Entry(b, pin);
            if (e == null || e.Length == 0)
            {
                return -1;
            }
            string[] parts = e.Split(' ');
            for (int i = 0; i < parts.Length; i++)
            {
                int c = parts[i].IndexOf(':');
                if (c == name.Length && parts[i].Substring(0, c) == name)
                {
                    return Num(parts[i], c + 1);
                }
            }
            return -1;
        }

        /// <summary>Checks that pin can serve function name on a board with a table (ValueError otherwise).</summary>
        public static void Require(int pin, string name)
        {
            if (pin < 0)
            {
                return;
            }
            BoardDefinition b = MachineArgs.Hardware().Board;
            if (Find(b, pin, name) == -1)
            {
                throw Err.Value(PinObject.NameOf(pin) + " can't be " + name);
            }
        }

        private static int Num(string s, int from)
        {
            int n = 0;
            for (int i = from; i < s.Length; i++)
            {
                n = n * 10 + (s[i] - '0');
            }
            return n;
        }
    }
}
