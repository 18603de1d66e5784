using MicroPy.Hal;

namespace MicroPy.NanoTests
{
    /// <summary>
    /// Float math over System.Math: on desktop the BCL's, on nanoCLR nanoFramework.System.Math (built from its public
    /// source, see tests/nano/README.md), whose methods are natives of the firmware. fmod is C#'s % (IEEE fmod).
    /// </summary>
    public sealed class TestMath : IFloatMath
    {
#if NANOFRAMEWORK_1_0 && !NF_SYSTEM_MATH
        private static double No() { throw new System.NotSupportedException("System.Math not linked"); }
        public double Pow(double x, double y) { return No(); }
        public double Sqrt(double x) { return No(); }
        public double Exp(double x) { return No(); }
        public double Log(double x) { return No(); }
        public double Log10(double x) { return No(); }
        public double Sin(double x) { return No(); }
        public double Cos(double x) { return No(); }
        public double Tan(double x) { return No(); }
        public double Asin(double x) { return No(); }
        public double Acos(double x) { return No(); }
        public double Atan(double x) { return No(); }
        public double Atan2(double y, double x) { return No(); }
        public double Sinh(double x) { return No(); }
        public double Cosh(double x) { return No(); }
        public double Tanh(double x) { return No(); }
        public double Floor(double x) { return No(); }
        public double Ceiling(double x) { return No(); }
#else
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
#endif

        public double Fmod(double x, double y)
        {
            return x % y;
        }
    }
}
