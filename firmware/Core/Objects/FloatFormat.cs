namespace MicroPy.Core
{
    /// <summary>
    /// Python-exact float text without .NET formatting. (Numbers owner: implement.)
    /// Repr: shortest round-trip ('0.1', '1e+100', 'inf', 'nan', '-0.0', '1.0').
    /// Format: the %-style / format-spec conversions 'e', 'f', 'g' (upper-case variants too) with precision.
    /// </summary>
    public static class FloatFormat
    {
        public static string Repr(double d)
        {
            throw Err.NotImplemented("float repr");
        }

        /// <summary>conv is one of e E f F g G; precision &lt; 0 means the default (6). alt = '#' flag.</summary>
        public static string Format(double d, char conv, int precision, bool alt)
        {
            throw Err.NotImplemented("float format");
        }
    }
}
