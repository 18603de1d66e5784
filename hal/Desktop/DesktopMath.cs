using System;

namespace MicroPy.Hal.Desktop
{
    public sealed class DesktopMath : IFloatMath
    {
        public double Pow(double x, double y) { return Math.Pow(x, y); }
        public double Sqrt(double x) { return Math.Sqrt(x); }
        public double Exp(double x) { return Math.Exp(x); }
        public double Log(double x) { return Math.Log(x); }
        public double Log10(double x) { return Math.Log10(x); }
        public double Sin(double x) { return Math.Sin(x); }
        public double Cos(double x) { return Math.Cos(x); }
        public double Tan(double x) { return Math.Tan(x); }
        public double Asin(double x) { return Math.Asin(x); }
        public double Acos(double x) { return Math.Acos(x); }
        public double Atan(double x) { return Math.Atan(x); }
        public double Atan2(double y, double x) { return Math.Atan2(y, x); }
        public double Sinh(double x) { return Math.Sinh(x); }
        public double Cosh(double x) { return Math.Cosh(x); }
        public double Tanh(double x) { return Math.Tanh(x); }
        public double Floor(double x) { return Math.Floor(x); }
        public double Ceiling(double x) { return Math.Ceiling(x); }
        public double Fmod(double x, double y) { return x % y; }
    }
}
