// Declarations of nanoFramework.System.Math 1.5.x (assembly System.Math, class System.Math): see System.Math.csproj.
// Only the members hal/NanoFramework uses. Never deployed.
using System;

namespace System
{
    public static class Math
    {
        public static double Pow(double x, double y) { throw new NotSupportedException(); }
        public static double Sqrt(double d) { throw new NotSupportedException(); }
        public static double Exp(double d) { throw new NotSupportedException(); }
        public static double Log(double d) { throw new NotSupportedException(); }
        public static double Log10(double d) { throw new NotSupportedException(); }
        public static double Sin(double a) { throw new NotSupportedException(); }
        public static double Cos(double a) { throw new NotSupportedException(); }
        public static double Tan(double a) { throw new NotSupportedException(); }
        public static double Asin(double d) { throw new NotSupportedException(); }
        public static double Acos(double d) { throw new NotSupportedException(); }
        public static double Atan(double d) { throw new NotSupportedException(); }
        public static double Atan2(double y, double x) { throw new NotSupportedException(); }
        public static double Sinh(double value) { throw new NotSupportedException(); }
        public static double Cosh(double value) { throw new NotSupportedException(); }
        public static double Tanh(double value) { throw new NotSupportedException(); }
        public static double Floor(double d) { throw new NotSupportedException(); }
        public static double Ceiling(double d) { throw new NotSupportedException(); }
    }
}
