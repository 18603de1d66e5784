namespace MicroPy.Objects
{
    /// <summary>Numeric conversions and literals used across the runtime.</summary>
    public static partial class Numbers
    {
        /// <summary>Digits text[start..end) in base (no sign, no prefix, already validated by the caller or the lexer).</summary>
        public static object ParseIntDigits(string text, int start, int end, int radix)
        {
            long v = 0;
            int i = start;
            for (; i < end; i++)
            {
                int d = DigitValue(text[i]);
                if (d < 0 || d >= radix)
                {
                    throw Err.Value("invalid literal for int() with base " + Ops.IntToString(radix) + ": '" + text + "'");
                }
                if (v > (long.MaxValue - d) / radix)
                {
                    return PyBigInt.Parse(text, start, end, radix);
                }
                v = v * radix + d;
            }
            return PyInt.Create(v);
        }

        public static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }
            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A' + 10;
            }
            return -1;
        }

        /// <summary>ToLong for anything that is not PyInt: bool, PyBigInt (OverflowError), __index__; else TypeError.</summary>
        public static long ToLongSlow(object o)
        {
            PyBool b = o as PyBool;
            if (b != null)
            {
                return b.Value ? 1 : 0;
            }
            PyBigInt bi = o as PyBigInt;
            if (bi != null)
            {
                throw Err.Overflow("Python int too large to convert to C long");
            }
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                object idx = inst.Type.Lookup("__index__");
                if (idx != null)
                {
                    return Ops.ToLong(Ops.CallMethod0(o, "__index__"));
                }
                if (inst.Native is PyInt || inst.Native is PyBool)
                {
                    return Ops.ToLong(inst.Native);
                }
            }
            throw Err.Type("'" + Ops.TypeName(o) + "' object cannot be interpreted as an integer");
        }

        /// <summary>ToDouble for bool, PyBigInt, __float__, else TypeError ("must be real number, not str").</summary>
        public static double ToDoubleSlow(object o)
        {
            PyBool b = o as PyBool;
            if (b != null)
            {
                return b.Value ? 1.0 : 0.0;
            }
            PyBigInt bi = o as PyBigInt;
            if (bi != null)
            {
                return bi.ToDouble();
            }
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                object f = inst.Type.Lookup("__float__");
                if (f != null)
                {
                    return Ops.ToDouble(Ops.CallMethod0(o, "__float__"));
                }
                if (inst.Native != null)
                {
                    return Ops.ToDouble(inst.Native);
                }
            }
            throw Err.Type("must be real number, not " + Ops.TypeName(o));
        }
    }
}
