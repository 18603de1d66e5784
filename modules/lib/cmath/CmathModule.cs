using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>cmath: complex math (cos, exp, log, log10, phase, polar, rect, sin, sqrt, e, pi).</summary>
    public sealed class CmathModule : NativeModule
    {
        private static CmathModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static CmathModule Instance
        {
            get { return s_instance ?? (s_instance = new CmathModule()); }
        }

        private CmathModule() : base("cmath", new string[]
        {
            "cos", "exp", "log", "log10", "phase", "polar", "rect", "sin", "sqrt", "e", "pi",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Cos = 0;
            public const int Exp = 1;
            public const int Log = 2;
            public const int Log10 = 3;
            public const int Phase = 4;
            public const int Polar = 5;
            public const int Rect = 6;
            public const int Sin = 7;
            public const int Sqrt = 8;
            public const int E = 9;
            public const int Pi = 10;
        }

        public override int Kind(int id)
        {
            return id >= Id.E ? MemberValue : MemberStatic;
        }

        public override object GetValue(int id)
        {
            return new PyFloat(id == Id.E ? 2.718281828459045 : 3.141592653589793);
        }

        private static void Split(object o, out double re, out double im)
        {
            PyComplex c = o as PyComplex;
            if (c != null)
            {
                re = c.Real;
                im = c.Imag;
                return;
            }
            if (o is PyFloat || IntOps.IsInt(o))
            {
                re = Ops.ToDouble(o);
                im = 0;
                return;
            }
            throw Err.Type("must be real number, not " + Ops.TypeName(o));
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            IFloatMath m = Platform.Math;
            Ops.CheckArgs(Names[id], argc, kwc, id == Id.Rect || id == Id.Log ? 1 : 1, id == Id.Rect || id == Id.Log ? 2 : 1);
            double a;
            double b;
            if (id == Id.Rect)
            {
                double r = Ops.ToDouble(args[0]);
                double phi = argc > 1 ? Ops.ToDouble(args[1]) : 0;
                return new PyComplex(r * m.Cos(phi), r * m.Sin(phi));
            }
            Split(args[0], out a, out b);
            switch (id)
            {
                case Id.Cos:
                    return new PyComplex(m.Cos(a) * m.Cosh(b), -m.Sin(a) * m.Sinh(b));
                case Id.Exp:
                    {
                        double ea = m.Exp(a);
                        return new PyComplex(ea * m.Cos(b), ea * m.Sin(b));
                    }
                case Id.Log:
                case Id.Log10:
                    {
                        double mod = Numbers.Hypot(a, b);
                        if (mod == 0)
                        {
                            throw Err.Value("math domain error");
                        }
                        double re = m.Log(mod);
                        double im = m.Atan2(b, a);
                        if (id == Id.Log10)
                        {
                            return new PyComplex(re / 2.302585092994046, im / 2.302585092994046);
                        }
                        if (argc > 1)
                        {
                            double br;
                            double bi;
                            Split(args[1], out br, out bi);
                            double lm = m.Log(Numbers.Hypot(br, bi));
                            double la = m.Atan2(bi, br);
                            return Ops.BinaryOp(PyOp.TrueDiv, new PyComplex(re, im), new PyComplex(lm, la));
                        }
                        return new PyComplex(re, im);
                    }
                case Id.Phase:
                    return new PyFloat(m.Atan2(b, a));
                case Id.Polar:
                    return new PyTuple(new object[] { new PyFloat(Numbers.Hypot(a, b)), new PyFloat(m.Atan2(b, a)) });
                case Id.Sin:
                    return new PyComplex(m.Sin(a) * m.Cosh(b), m.Cos(a) * m.Sinh(b));
                default:
                    {
                        if (a == 0 && b == 0)
                        {
                            return new PyComplex(0, b);
                        }
                        double mod = Numbers.Hypot(a, b);
                        double s = m.Sqrt((mod + (a < 0 ? -a : a)) / 2);
                        double d = (b < 0 ? -b : b) / (2 * s);
                        if (a >= 0)
                        {
                            return new PyComplex(s, b < 0 ? -d : d);
                        }
                        return new PyComplex(d, b < 0 ? -s : s);
                    }
            }
        }
    }
}
