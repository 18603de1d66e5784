namespace MicroPy.Hal.NanoFramework
{
    /// <summary>Float math over nanoFramework's System.Math (package nanoFramework.System.Math).</summary>
    public sealed class NanoMath : IFloatMath
    {
        public double Pow(double x, double y) { return System.Math.Pow(x, y); }
        public double Sqrt(double x) { return System.Math.Sqrt(x); }
        public double Exp(double x) { return System.Math.Exp(x); }
        public double Log(double x) { return System.Math.Log(x); }
        public double Log10(double x) { return System.Math.Log10(x); }
        public double Sin(double x) { return System.Math.Sin(x); }
        public double Cos(double x) { return System.Math.Cos(x); }
        public double Tan(double x) { return System.Math.Tan(x); }
        public double Asin(double x) { return System.Math.Asin(x); }
        public double Acos(double x) { return System.Math.Acos(x); }
        public double Atan(double x) { return System.Math.Atan(x); }
        public double Atan2(double y, double x) { return System.Math.Atan2(y, x); }
        public double Sinh(double x) { return System.Math.Sinh(x); }
        public double Cosh(double x) { return System.Math.Cosh(x); }
        public double Tanh(double x) { return System.Math.Tanh(x); }
        public double Floor(double x) { return System.Math.Floor(x); }
        public double Ceiling(double x) { return System.Math.Ceiling(x); }

        /// <summary>C fmod: x - y * trunc(x / y); NaN for y == 0 (nanoCLR throws on x % 0.0).</summary>
        public double Fmod(double x, double y)
        {
            if (y == 0.0 || double.IsNaN(y) || double.IsNaN(x) || double.IsInfinity(x))
            {
                return double.NaN;
            }
            if (double.IsInfinity(y))
            {
                return x;
            }
            return x % y;
        }
    }
}
