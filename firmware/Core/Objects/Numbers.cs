namespace MicroPy.Core
{
    /// <summary>Numeric conversions and literals used across the runtime. (Numbers owner: implement.)</summary>
    public static class Numbers
    {
        /// <summary>Value of a numeric literal token text as the lexer saw it ("0x1F", "1_0" is not 3.4, "1e5", "3j").</summary>
        public static object ParseLiteral(string text)
        {
            throw Err.NotImplemented("number literal");
        }

        /// <summary>ToLong for anything that is not PyInt/PyBool: PyBigInt (OverflowError), user __index__, else TypeError.</summary>
        public static long ToLongSlow(object o)
        {
            throw Err.Type("can't convert " + Ops.TypeName(o) + " to int");
        }

        /// <summary>ToDouble for PyBool, PyBigInt, else TypeError ("must be real number, not str").</summary>
        public static double ToDoubleSlow(object o)
        {
            PyBool b = o as PyBool;
            if (b != null)
            {
                return b.Value ? 1.0 : 0.0;
            }
            throw Err.Type("must be real number, not " + Ops.TypeName(o));
        }
    }
}
