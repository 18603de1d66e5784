namespace MicroPy.Core
{
    /// <summary>format(number, spec) with the format mini-language for int/bool/float/complex. (Numbers owner: implement.)</summary>
    public static class NumberFormat
    {
        public static string Format(object num, string spec)
        {
            throw Err.NotImplemented("number format");
        }
    }
}
