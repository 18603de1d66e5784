using MicroPy.Objects;
using MicroPy.Values;
using MicroPy.Hal;

namespace MicroPy.Modules.Machine
{
    /// <summary>Argument and buffer helpers shared by the machine classes.</summary>
    internal static class MachineArgs
    {
        /// <summary>Positional argument pos if given, else keyword 'name', else null.</summary>
        public static object Get(object[] args, int argc, int kwc, int pos, string name)
        {
            if (pos >= 0 && pos < argc)
            {
                object kw = Ops.KwArg(args, argc, kwc, name);
                if (kw != null)
                {
                    throw Err.Type("argument '" + name + "' given by name and position");
                }
                return args[pos];
            }
            return Ops.KwArg(args, argc, kwc, name);
        }

        public static int Int(object[] args, int argc, int kwc, int pos, string name, int dflt)
        {
            object v = Get(args, argc, kwc, pos, name);
            if (v == null || v == PyNone.None)
            {
                return dflt;
            }
            long l = Ops.ToLong(v);
            if (l > int.MaxValue || l < int.MinValue)
            {
                throw Err.Value(name + " out of range");
            }
            return (int)l;
        }

        /// <summary>Rejects keyword names that are not in allowed (CPython-style message).</summary>
        public static void CheckKw(string fn, object[] args, int argc, int kwc, string[] allowed)
        {
            for (int i = 0; i < kwc; i++)
            {
                string k = (string)args[argc + 2 * i];
                bool ok = false;
                for (int j = 0; j < allowed.Length; j++)
                {
                    if (allowed[j] == k)
                    {
                        ok = true;
                        break;
                    }
                }
                if (!ok)
                {
                    throw Err.Type(fn + "() got an unexpected keyword argument '" + k + "'");
                }
            }
        }

        public static void MaxPos(string fn, int argc, int max)
        {
            if (argc > max)
            {
                throw Err.Type(fn + "() takes at most " + Ops.IntToString(max) + " positional arguments (" + Ops.IntToString(argc) + " given)");
            }
        }

        /// <summary>A readable buffer: str (UTF-8) or any object with the buffer protocol (Buffers).</summary>
        public static byte[] ReadBuf(object o, out int offset, out int count)
        {
            byte[] d = Buffers.GetReadable(o, out offset, out count);
            if (d == null)
            {
                throw Err.Type("object with buffer protocol required");
            }
            return d;
        }

        /// <summary>A writable buffer: bytearray or a writable buffer-protocol object (memoryview, array).</summary>
        public static byte[] WriteBuf(object o, out int offset, out int count)
        {
            byte[] d = Buffers.Get(o, true, out offset, out count);
            if (d == null)
            {
                throw Err.Type("object with buffer protocol required");
            }
            return d;
        }

        public static PyBytes Bytes(byte[] data, int count)
        {
            if (data.Length == count)
            {
                return new PyBytes(data);
            }
            byte[] d = new byte[count];
            for (int i = 0; i < count; i++)
            {
                d[i] = data[i];
            }
            return new PyBytes(d);
        }

        public static IHardware Hardware()
        {
            IHardware hw = Platform.Hardware;
            if (hw == null)
            {
                throw Err.OS(OsErrno.ENODEV, "no hardware on this platform");
            }
            return hw;
        }

        /// <summary>Pin number from an int, a Pin object or a board pin name.</summary>
        public static int PinNumber(object o)
        {
            PinObject p = Ops.NativeSelf(o) as PinObject;
            if (p != null)
            {
                return p.Number;
            }
            BoardDefinition board = Hardware().Board;
            string s = o as string;
            if (s != null)
            {
                int n = board.FindPin(s);
                if (n < 0)
                {
                    throw Err.Value("invalid pin '" + s + "'; " + PinList(board));
                }
                return n;
            }
            if (o is PyInt || o is PyBool)
            {
                long l = Ops.ToLong(o);
                if (l < 0 || l > 10000 || !board.IsGpio((int)l))
                {
                    throw Err.Value("invalid pin " + Ops.LongToString(l) + "; " + PinList(board));
                }
                return (int)l;
            }
            throw Err.Type("pin must be an int, a str or a Pin, not " + Ops.TypeName(o));
        }

        public static string PinList(BoardDefinition board)
        {
            StrBuf sb = new StrBuf();
            sb.Append(board.Name);
            sb.Append(" has GPIO ");
            for (int i = 0; i < board.Gpios.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                sb.Append(Ops.IntToString(board.Gpios[i]));
            }
            return sb.ToString();
        }

        public static void OsCheck(int result)
        {
            if (result < 0)
            {
                throw Err.OS(-result);
            }
        }
    }
}
