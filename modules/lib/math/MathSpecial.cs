using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>gamma, lgamma, erf, erfc, expm1 and log1p built on the platform's elementary functions: Lanczos'
    /// approximation (g = 6.0247, N = 13, the parameters CPython uses) for gamma, and for erf an argument split
    /// with a series below 1.5 and a continued fraction for erfc above; exp(-x*x) is evaluated as a product of two
    /// exponentials of exactly representable parts so its rounding error does not grow with x.</summary>
    public static class MathSpecial
    {
        private const double Pi = 3.141592653589793;
        private const double LogPi = 1.1447298858494002;
        private const double SqrtPi = 1.772453850905516;
        private const double LanczosG = 6.024680040776729583740234375;
        private const double LanczosGMinusHalf = 5.524680040776729583740234375;

        private static readonly double[] s_num =
        {
            23531376880.410759688572007674451636754734846804940,
            42919803642.649098768957899047001988850926355848959,
            35711959237.355668049440185451547166705960488635843,
            17921034426.037209699919755754458931112671403265390,
            6039542586.3520280050642916443072979210699388420708,
            1439720407.3117216736632230727949123939715485786772,
            248874557.86205415651146038641322942321632125127801,
            31426415.585400194380614231628318205362874684987640,
            2876370.6289353724412254090516208496135991145378768,
            186056.26539522349504029498971604569928220784236328,
            8071.6720023658162106380029022722506138218516325024,
            210.82427775157934587250973392071336271166969580291,
            2.5066282746310002701649081771338373386264310793408,
        };

        // x*(x+1)*...*(x+11) expanded.
        private static readonly double[] s_den =
        {
            0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
            32670.0, 1925.0, 66.0, 1.0,
        };

        private static readonly double[] s_factorials =
        {
            1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
            6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
            121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
        };

        private static double LanczosSum(double x)
        {
            double num = 0.0;
            double den = 0.0;
            if (x < 5.0)
            {
                for (int i = s_num.Length - 1; i >= 0; i--)
                {
                    num = num * x + s_num[i];
                    den = den * x + s_den[i];
                }
            }
            else
            {
                for (int i = 0; i < s_num.Length; i++)
                {
                    num = num / x + s_num[i];
                    den = den / x + s_den[i];
                }
            }
            return num / den;
        }

        /// <summary>sin(pi*x) with exact zeros at integers, for finite x.</summary>
        public static double SinPi(double x, IFloatMath m)
        {
            double ax = x < 0 ? -x : x;
            double y = ax - 2.0 * m.Floor(ax / 2.0);
            int n = (int)m.Floor(2.0 * y + 0.5);
            double r;
            switch (n)
            {
                case 0:
                    r = m.Sin(Pi * y);
                    break;
                case 1:
                    r = m.Cos(Pi * (y - 0.5));
                    break;
                case 2:
                    r = m.Sin(Pi * (1.0 - y));
                    break;
                case 3:
                    r = -m.Cos(Pi * (y - 1.5));
                    break;
                default:
                    r = m.Sin(Pi * (y - 2.0));
                    break;
            }
            return x < 0 ? -r : r;
        }

        /// <summary>Gamma for finite x that is not zero or a negative integer (the caller checks).</summary>
        public static double Gamma(double x, IFloatMath m)
        {
            if (x == m.Floor(x) && x > 0 && x <= s_factorials.Length)
            {
                return s_factorials[(int)x - 1];
            }
            double ax = x < 0 ? -x : x;
            if (ax < 1e-20)
            {
                return 1.0 / x;
            }
            if (ax > 200.0)
            {
                if (x < 0.0)
                {
                    return SinPi(x, m) < 0 ? 0.0 : -0.0;
                }
                return double.PositiveInfinity;
            }
            double y = ax + LanczosGMinusHalf;
            double z;
            if (ax > LanczosGMinusHalf)
            {
                double q = y - ax;
                z = q - LanczosGMinusHalf;
            }
            else
            {
                double q = y - LanczosGMinusHalf;
                z = q - ax;
            }
            z = z * LanczosG / y;
            double r;
            if (x < 0.0)
            {
                r = -Pi / SinPi(ax, m) / ax * m.Exp(y) / LanczosSum(ax);
                r -= z * r;
                if (ax < 140.0)
                {
                    r /= m.Pow(y, ax - 0.5);
                }
                else
                {
                    double sp = m.Pow(y, ax / 2.0 - 0.25);
                    r /= sp;
                    r /= sp;
                }
            }
            else
            {
                r = LanczosSum(ax) / m.Exp(y);
                r += z * r;
                if (ax < 140.0)
                {
                    r *= m.Pow(y, ax - 0.5);
                }
                else
                {
                    double sp = m.Pow(y, ax / 2.0 - 0.25);
                    r *= sp;
                    r *= sp;
                }
            }
            return r;
        }

        /// <summary>log|Gamma(x)| for finite x that is not zero or a negative integer.</summary>
        public static double LGamma(double x, IFloatMath m)
        {
            if (x == m.Floor(x) && x <= 2.0)
            {
                return 0.0;
            }
            double ax = x < 0 ? -x : x;
            if (ax < 1e-20)
            {
                return -m.Log(ax);
            }
            double r = m.Log(LanczosSum(ax)) - LanczosG;
            r += (ax - 0.5) * (m.Log(ax + LanczosG - 0.5) - 1);
            if (x < 0.0)
            {
                double s = SinPi(ax, m);
                r = LogPi - m.Log(s < 0 ? -s : s) - m.Log(ax) - r;
            }
            return r;
        }

        private const double TwoOverSqrtPiHi = 1.1283791670955126;
        private const double TwoOverSqrtPiLo = 1.533545961316588e-17;
        private const double OneOverSqrtPiHi = 0.5641895835477563;
        private const double OneOverSqrtPiLo = 7.66772980658294e-18;

        // erf(x) for 0 <= x < 3 as a double-double, by its Taylor series sum (-1)^n x^(2n+1) / (n! (2n+1)):
        // the terms grow to about e^(x^2) before they fall, which costs at most 13 of the 106 bits.
        private static void ErfSeries(double x, out double rh, out double rl)
        {
            double x2h, x2l;
            DoubleDouble.TwoProd(x, x, out x2h, out x2l);
            double th = x;
            double tl = 0.0;
            double sh = x;
            double sl = 0.0;
            for (int n = 1; n < 200; n++)
            {
                DoubleDouble.Mul(th, tl, x2h, x2l, out th, out tl);
                DoubleDouble.Div(th, tl, n, 0.0, out th, out tl);
                double qh, ql;
                DoubleDouble.Div(th, tl, 2 * n + 1, 0.0, out qh, out ql);
                if ((n & 1) != 0)
                {
                    qh = -qh;
                    ql = -ql;
                }
                DoubleDouble.Add(sh, sl, qh, ql, out sh, out sl);
                if ((qh < 0 ? -qh : qh) < 1e-34 * (sh < 0 ? -sh : sh) || qh == 0.0)
                {
                    break;
                }
            }
            DoubleDouble.Mul(sh, sl, TwoOverSqrtPiHi, TwoOverSqrtPiLo, out rh, out rl);
        }

        // erfc(x) for 3 <= x < 30: exp(-x^2)/sqrt(pi) * x / (x^2 + 1/2 - 1*1/2/(x^2 + 5/2 - ...)), all in
        // double-double, scaled by the power of two of exp(-x^2) last so results near underflow round once.
        private static double ErfcContFrac(double x)
        {
            if (x >= 30.0)
            {
                return 0.0;
            }
            double x2h, x2l;
            DoubleDouble.TwoProd(x, x, out x2h, out x2l);
            double a = 0.0;
            double da = 0.5;
            double ph = 1.0, pl = 0.0;
            double pLh = 0.0, pLl = 0.0;
            double qh, ql;
            DoubleDouble.Add(x2h, x2l, da, 0.0, out qh, out ql);
            double qLh = 1.0, qLl = 0.0;
            for (int i = 0; i < 60; i++)
            {
                a += da;
                da += 2.0;
                double bh, bl, t1h, t1l, t2h, t2l;
                DoubleDouble.Add(x2h, x2l, da, 0.0, out bh, out bl);
                DoubleDouble.Mul(bh, bl, ph, pl, out t1h, out t1l);
                DoubleDouble.Mul(a, 0.0, pLh, pLl, out t2h, out t2l);
                pLh = ph;
                pLl = pl;
                DoubleDouble.Add(t1h, t1l, -t2h, -t2l, out ph, out pl);
                DoubleDouble.Mul(bh, bl, qh, ql, out t1h, out t1l);
                DoubleDouble.Mul(a, 0.0, qLh, qLl, out t2h, out t2l);
                qLh = qh;
                qLl = ql;
                DoubleDouble.Add(t1h, t1l, -t2h, -t2l, out qh, out ql);
                // Keep the recurrences in range; p/q is unchanged by a common scale.
                if (qh > 1e200)
                {
                    ph *= 1e-200; pl *= 1e-200; pLh *= 1e-200; pLl *= 1e-200;
                    qh *= 1e-200; ql *= 1e-200; qLh *= 1e-200; qLl *= 1e-200;
                }
            }
            double rh, rl, eh, el;
            int k;
            DoubleDouble.Div(ph, pl, qh, ql, out rh, out rl);
            DoubleDouble.Mul(rh, rl, x, 0.0, out rh, out rl);
            DoubleDouble.Mul(rh, rl, OneOverSqrtPiHi, OneOverSqrtPiLo, out rh, out rl);
            DoubleDouble.Exp(-x2h, -x2l, out eh, out el, out k);
            DoubleDouble.Mul(rh, rl, eh, el, out rh, out rl);
            return MathModule.Ldexp(rh, k);
        }

        public static double Erf(double x, IFloatMath m)
        {
            if (double.IsNaN(x))
            {
                return x;
            }
            double ax = x < 0 ? -x : x;
            double r;
            if (ax < 3.0)
            {
                double rl;
                ErfSeries(ax, out r, out rl);
            }
            else
            {
                r = 1.0 - ErfcContFrac(ax);
            }
            return x < 0 ? -r : r;
        }

        public static double Erfc(double x, IFloatMath m)
        {
            if (double.IsNaN(x))
            {
                return x;
            }
            double ax = x < 0 ? -x : x;
            double h, l;
            if (ax >= 3.0)
            {
                double cf = ErfcContFrac(ax);
                return x >= 0 ? cf : 2.0 - cf;
            }
            ErfSeries(ax, out h, out l);
            // erfc(x) = 1 - erf(x) for x >= 0 and 1 + erf(|x|) for x < 0.
            if (x >= 0)
            {
                h = -h;
                l = -l;
            }
            DoubleDouble.Add(1.0, 0.0, h, l, out h, out l);
            return h;
        }

        private const double Ln2Hi = 0.6931471805599453;
        private const double Ln2Lo = 2.3190468138462996e-17;

        /// <summary>exp(x) - 1 without cancellation, for finite x.</summary>
        public static double Expm1(double x)
        {
            if (x > 709.8)
            {
                return double.PositiveInfinity;
            }
            if (x < -40.0)
            {
                return -1.0;
            }
            double h, l;
            int k;
            DoubleDouble.Exp(x, 0.0, out h, out l, out k);
            h = MathModule.Ldexp(h, k);
            l = MathModule.Ldexp(l, k);
            DoubleDouble.Add(h, l, -1.0, 0.0, out h, out l);
            return h;
        }

        public static double Log2(double x, IFloatMath m)
        {
            double h, l;
            DoubleDouble.Log(x, 0.0, out h, out l, m);
            DoubleDouble.Div(h, l, Ln2Hi, Ln2Lo, out h, out l);
            return h;
        }

        /// <summary>asinh for finite x.</summary>
        public static double Asinh(double x, IFloatMath m)
        {
            double a = x < 0 ? -x : x;
            double h, l;
            if (a == 0.0)
            {
                return x;
            }
            if (a > 1e150)
            {
                DoubleDouble.Log(a, 0.0, out h, out l, m);
                DoubleDouble.Add(h, l, Ln2Hi, Ln2Lo, out h, out l);
            }
            else if (a < 1e-150)
            {
                return x;
            }
            else
            {
                // log(a + sqrt(a*a + 1))
                DoubleDouble.TwoProd(a, a, out h, out l);
                DoubleDouble.Add(h, l, 1.0, 0.0, out h, out l);
                DoubleDouble.Sqrt(h, l, out h, out l, m);
                DoubleDouble.Add(h, l, a, 0.0, out h, out l);
                DoubleDouble.Log(h, l, out h, out l, m);
            }
            return x < 0 ? -h : h;
        }

        /// <summary>acosh for finite x &gt;= 1.</summary>
        public static double Acosh(double x, IFloatMath m)
        {
            double h, l;
            if (x > 1e150)
            {
                DoubleDouble.Log(x, 0.0, out h, out l, m);
                DoubleDouble.Add(h, l, Ln2Hi, Ln2Lo, out h, out l);
                return h;
            }
            DoubleDouble.TwoProd(x, x, out h, out l);
            DoubleDouble.Add(h, l, -1.0, 0.0, out h, out l);
            DoubleDouble.Sqrt(h, l, out h, out l, m);
            DoubleDouble.Add(h, l, x, 0.0, out h, out l);
            DoubleDouble.Log(h, l, out h, out l, m);
            return h;
        }

        /// <summary>atanh for -1 &lt; x &lt; 1.</summary>
        public static double Atanh(double x, IFloatMath m)
        {
            double a = x < 0 ? -x : x;
            if (a < 1e-150)
            {
                return x;
            }
            double nh, nl, dh, dl;
            DoubleDouble.TwoSum(1.0, a, out nh, out nl);
            DoubleDouble.TwoSum(1.0, -a, out dh, out dl);
            DoubleDouble.Div(nh, nl, dh, dl, out nh, out nl);
            DoubleDouble.Log(nh, nl, out nh, out nl, m);
            double r = 0.5 * nh;
            return x < 0 ? -r : r;
        }

        /// <summary>sqrt(x*x + y*y) without overflow, rounded once from a double-double sum.</summary>
        public static double Hypot(double x, double y, IFloatMath m)
        {
            if (double.IsInfinity(x) || double.IsInfinity(y))
            {
                return double.PositiveInfinity;
            }
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return double.NaN;
            }
            double a = x < 0 ? -x : x;
            double b = y < 0 ? -y : y;
            double big = a > b ? a : b;
            if (big == 0.0)
            {
                return 0.0;
            }
            int e;
            MathModule.Frexp(big, out e);
            a = MathModule.Ldexp(a, -e);
            b = MathModule.Ldexp(b, -e);
            double ah, al, bh, bl;
            DoubleDouble.TwoProd(a, a, out ah, out al);
            DoubleDouble.TwoProd(b, b, out bh, out bl);
            DoubleDouble.Add(ah, al, bh, bl, out ah, out al);
            DoubleDouble.Sqrt(ah, al, out ah, out al, m);
            return MathModule.Ldexp(ah, e);
        }
    }
}
