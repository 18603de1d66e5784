namespace MicroPy.Modules
{
    /// <summary>Double-double arithmetic (a value is hi + lo with |lo| &lt;= ulp(hi)/2), about 106 bits, without FMA:
    /// for the few functions whose double evaluation would lose the last bits (erf, erfc).</summary>
    public static class DoubleDouble
    {
        private const double Ln2Hi = 0.6931471805599453;
        private const double Ln2Lo = 2.3190468138462996e-17;

        public static void TwoSum(double a, double b, out double s, out double e)
        {
            s = a + b;
            double bb = s - a;
            e = (a - (s - bb)) + (b - bb);
        }

        public static void TwoProd(double a, double b, out double p, out double e)
        {
            p = a * b;
            double c = 134217729.0 * a;
            double ah = c - (c - a);
            double al = a - ah;
            c = 134217729.0 * b;
            double bh = c - (c - b);
            double bl = b - bh;
            e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
        }

        public static void Add(double ah, double al, double bh, double bl, out double rh, out double rl)
        {
            double s, e;
            TwoSum(ah, bh, out s, out e);
            e += al + bl;
            rh = s + e;
            rl = e - (rh - s);
        }

        public static void Mul(double ah, double al, double bh, double bl, out double rh, out double rl)
        {
            double p, e;
            TwoProd(ah, bh, out p, out e);
            e += ah * bl + al * bh;
            rh = p + e;
            rl = e - (rh - p);
        }

        public static void Div(double ah, double al, double bh, double bl, out double rh, out double rl)
        {
            double q1 = ah / bh;
            double ph, pl, th, tl;
            Mul(q1, 0.0, bh, bl, out ph, out pl);
            Add(ah, al, -ph, -pl, out th, out tl);
            double q2 = th / bh;
            Mul(q2, 0.0, bh, bl, out ph, out pl);
            Add(th, tl, -ph, -pl, out th, out tl);
            double q3 = th / bh;
            Add(q1, 0.0, q2, 0.0, out rh, out rl);
            Add(rh, rl, q3, 0.0, out rh, out rl);
        }

        /// <summary>exp(xh + xl) = (rh + rl) * 2^k for |x| &lt; 1000; k is returned separately so that results
        /// far below the double range keep their precision until the caller scales once.</summary>
        public static void Exp(double xh, double xl, out double rh, out double rl, out int k)
        {
            double kf = xh / Ln2Hi;
            kf = kf < 0 ? -(long)(0.5 - kf) : (long)(kf + 0.5);
            k = (int)kf;
            double th, tl, uh, ul;
            Mul(kf, 0.0, Ln2Hi, Ln2Lo, out th, out tl);
            Add(xh, xl, -th, -tl, out uh, out ul);
            // Taylor series of exp(u), |u| <= 0.35: 27 terms reach 2^-106.
            double sh = 1.0;
            double sl = 0.0;
            double termH = 1.0;
            double termL = 0.0;
            for (int n = 1; n < 28; n++)
            {
                Mul(termH, termL, uh, ul, out termH, out termL);
                Div(termH, termL, n, 0.0, out termH, out termL);
                Add(sh, sl, termH, termL, out sh, out sl);
            }
            rh = sh;
            rl = sl;
        }

        public static void Sqrt(double xh, double xl, out double rh, out double rl, Hal.IFloatMath m)
        {
            if (xh <= 0.0)
            {
                rh = xh == 0.0 ? 0.0 : double.NaN;
                rl = 0.0;
                return;
            }
            double s = m.Sqrt(xh);
            double ph, pl, dh, dl;
            TwoProd(s, s, out ph, out pl);
            Add(xh, xl, -ph, -pl, out dh, out dl);
            double c = dh / (2.0 * s);
            rh = s + c;
            rl = c - (rh - s);
        }

        /// <summary>log(xh + xl) for xh &gt; 0 finite: the platform's log of the mantissa, refined by one Newton step
        /// y += x * exp(-y) - 1 in double-double, plus the exponent times log 2.</summary>
        public static void Log(double xh, double xl, out double rh, out double rl, Hal.IFloatMath m)
        {
            int e;
            double mant = MathModule.Frexp(xh, out e);
            if (mant < 0.7071067811865476)
            {
                mant *= 2.0;
                e--;
            }
            double ml = MathModule.Ldexp(xl, -e);
            double y = m.Log(mant);
            double eh, el, th, tl;
            int k;
            Exp(-y, 0.0, out eh, out el, out k);
            eh = MathModule.Ldexp(eh, k);
            el = MathModule.Ldexp(el, k);
            Mul(mant, ml, eh, el, out th, out tl);
            Add(th, tl, -1.0, 0.0, out th, out tl);
            Add(y, 0.0, th, tl, out rh, out rl);
            if (e != 0)
            {
                Mul(e, 0.0, Ln2Hi, Ln2Lo, out th, out tl);
                Add(th, tl, rh, rl, out rh, out rl);
            }
        }
    }
}
