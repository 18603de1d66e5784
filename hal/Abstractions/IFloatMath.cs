namespace MicroPy.Hal
{
    /// <summary>Float math the platform provides (System.Math on desktop, nanoFramework's Math on device).</summary>
    public interface IFloatMath
    {
        double Pow(double x, double y);
        double Sqrt(double x);
        double Exp(double x);
        double Log(double x);
        double Log10(double x);
        double Sin(double x);
        double Cos(double x);
        double Tan(double x);
        double Asin(double x);
        double Acos(double x);
        double Atan(double x);
        double Atan2(double y, double x);
        double Sinh(double x);
        double Cosh(double x);
        double Tanh(double x);
        double Floor(double x);
        double Ceiling(double x);
        double Fmod(double x, double y);
    }
}
