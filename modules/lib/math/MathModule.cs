using MicroPy.Objects;
using MicroPy.Hal;

namespace MicroPy.Modules
{
    /// <summary>math: the seed's functions and constants; floats through the platform's IFloatMath.</summary>
    public sealed class MathModule : NativeModule
    {
        private static MathModule s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static MathModule Instance
        {
            get { return s_instance ?? (s_instance = new MathModule()); }
        }

        private MathModule() : base("math", new string[]
        {
            "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "copysign", "cos", "cosh", "degrees",
            "erf", "erfc", "exp", "expm1", "fabs", "floor", "fmod", "frexp", "gamma", "isfinite", "isinf", "isnan",
            "ldexp", "lgamma", "log", "log10", "log2", "modf", "pow", "radians", "sin", "sinh", "sqrt", "tan", "tanh",
            "trunc", "hypot", "factorial", "gcd", "isclose", "e", "pi", "inf", "nan",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Acos = 0;
            public const int Acosh = 1;
            public const int Asin = 2;
            public const int Asinh = 3;
            public const int Atan = 4;
            public const int Atan2 = 5;
            public const int Atanh = 6;
            public const int Ceil = 7;
            public const int CopySign = 8;
            public const int Cos = 9;
            public const int Cosh = 10;
            public const int Degrees = 11;
            public const int Erf = 12;
            public const int Erfc = 13;
            public const int Exp = 14;
            public const int ExpM1 = 15;
            public const int FAbs = 16;
            public const int Floor = 17;
            public const int FMod = 18;
            public const int FRExp = 19;
            public const int Gamma = 20;
            public const int IsFinite = 21;
            public const int IsInf = 22;
            public const int IsNan = 23;
            public const int LdExp = 24;
            public const int LGamma = 25;
            public const int Log = 26;
            public const int Log10 = 27;
            public const int Log2 = 28;
            public const int ModF = 29;
            public const int Pow = 30;
            public const int Radians = 31;
            public const int Sin = 32;
            public const int Sinh = 33;
            public const int Sqrt = 34;
            public const int Tan = 35;
            public const int Tanh = 36;
            public const int Trunc = 37;
            public const int Hypot = 38;
            public const int Factorial = 39;
            public const int Gcd = 40;
            public const int IsClose = 41;
            public const int E = 42;
            public const int Pi = 43;
            public const int Inf = 44;
            public const int Nan = 45;
        }

        private const int FirstConst = Id.E;

        public override int Kind(int id)
        {
            return id >= FirstConst ? MemberValue : MemberStatic;
        }

        public override object GetValue(int id)
        {
            switch (id)
            {
                case Id.E: return new PyFloat(2.718281828459045);
                case Id.Pi: return new PyFloat(3.141592653589793);
                case Id.Inf: return new PyFloat(double.PositiveInfinity);
                default: return new PyFloat(double.NaN);
            }
        }

        private static PyException Domain()
        {
            return Err.Value("math domain error");
        }

        private static object F(double d)
        {
            return new PyFloat(d);
        }

        private static double Arg(object o)
        {
            if (o is PyFloat)
            {
                return ((PyFloat)o).Value;
            }
            if (IntOps.IsInt(o))
            {
                return Ops.ToDouble(o);
            }
            PyInstance inst = o as PyInstance;
            if (inst != null && inst.Type.Lookup("__float__") != null)
            {
                return Ops.ToDouble(Ops.CallMethod0(o, "__float__"));
            }
            throw Err.Type("must be real number, not " + Ops.TypeName(o));
        }

        private static object Checked(double r, double x)
        {
            if (double.IsNaN(r) && !double.IsNaN(x))
            {
                throw Domain();
            }
            if (double.IsInfinity(r) && !double.IsInfinity(x))
            {
                throw Err.Overflow("math range error");
            }
            return F(r);
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            IFloatMath m = Platform.Math;
            string name = Names[id];
            if (id == Id.Log)
            {
                Ops.CheckArgs(name, argc, kwc, 1, 2);
                return Log(args, argc, m);
            }
            if (id == Id.Atan2 || id == Id.CopySign || id == Id.FMod || id == Id.LdExp || id == Id.Pow || id == Id.Hypot || id == Id.Gcd)
            {
                Ops.CheckArgs(name, argc, kwc, 2, 2);
            }
            else if (id != Id.Factorial && id != Id.IsClose)
            {
                Ops.CheckArgs(name, argc, kwc, 1, 1);
            }
            switch (id)
            {
                case Id.Acos:
                    {
                        double x = Arg(args[0]);
                        if (x < -1 || x > 1)
                        {
                            throw Domain();
                        }
                        return F(m.Acos(x));
                    }
                case Id.Acosh:
                    {
                        double x = Arg(args[0]);
                        if (x < 1)
                        {
                            throw Domain();
                        }
                        return F(double.IsInfinity(x) ? x : MathSpecial.Acosh(x, m));
                    }
                case Id.Asin:
                    {
                        double x = Arg(args[0]);
                        if (x < -1 || x > 1)
                        {
                            throw Domain();
                        }
                        return F(m.Asin(x));
                    }
                case Id.Asinh:
                    {
                        double x = Arg(args[0]);
                        return F(double.IsInfinity(x) || double.IsNaN(x) ? x : MathSpecial.Asinh(x, m));
                    }
                case Id.Atan:
                    return F(m.Atan(Arg(args[0])));
                case Id.Atan2:
                    return F(m.Atan2(Arg(args[0]), Arg(args[1])));
                case Id.Atanh:
                    {
                        double x = Arg(args[0]);
                        if (x <= -1 || x >= 1)
                        {
                            throw Domain();
                        }
                        return F(double.IsNaN(x) ? x : MathSpecial.Atanh(x, m));
                    }
                case Id.Ceil:
                    return ToInt(m.Ceiling(Arg(args[0])), args[0], "__ceil__");
                case Id.CopySign:
                    {
                        double x = Arg(args[0]);
                        double y = Arg(args[1]);
                        bool xneg = System.BitConverter.DoubleToInt64Bits(x) < 0;
                        bool yneg = System.BitConverter.DoubleToInt64Bits(y) < 0;
                        return F(xneg == yneg ? x : -x);
                    }
                case Id.Cos:
                    return Checked(m.Cos(Arg(args[0])), Arg(args[0]));
                case Id.Cosh:
                    return Checked(m.Cosh(Arg(args[0])), Arg(args[0]));
                case Id.Degrees:
                    return F(Arg(args[0]) * (180.0 / 3.141592653589793));
                case Id.Erf:
                    return F(MathSpecial.Erf(Arg(args[0]), m));
                case Id.Erfc:
                    return F(MathSpecial.Erfc(Arg(args[0]), m));
                case Id.Exp:
                    return Checked(m.Exp(Arg(args[0])), Arg(args[0]));
                case Id.ExpM1:
                    {
                        double x = Arg(args[0]);
                        if (double.IsNaN(x) || double.IsInfinity(x))
                        {
                            return F(double.IsNaN(x) || x > 0 ? x : -1.0);
                        }
                        return Checked(MathSpecial.Expm1(x), x);
                    }
                case Id.FAbs:
                    {
                        double x = Arg(args[0]);
                        return F(x < 0 || (x == 0 && System.BitConverter.DoubleToInt64Bits(x) < 0) ? -x : x);
                    }
                case Id.Floor:
                    return ToInt(m.Floor(Arg(args[0])), args[0], "__floor__");
                case Id.FMod:
                    {
                        double x = Arg(args[0]);
                        double y = Arg(args[1]);
                        if (y == 0 || double.IsInfinity(x))
                        {
                            if (double.IsNaN(x) || double.IsNaN(y))
                            {
                                return F(double.NaN);
                            }
                            throw Domain();
                        }
                        if (double.IsInfinity(y))
                        {
                            return F(x);
                        }
                        return F(x % y);
                    }
                case Id.FRExp:
                    {
                        double x = Arg(args[0]);
                        int e;
                        double mant = Frexp(x, out e);
                        return new PyTuple(new object[] { F(mant), PyInt.Create(e) });
                    }
                case Id.Gamma:
                    {
                        double x = Arg(args[0]);
                        if ((x <= 0 && FloatOps.Floor(x) == x) || double.IsNegativeInfinity(x))
                        {
                            throw Domain();
                        }
                        if (double.IsNaN(x) || double.IsInfinity(x))
                        {
                            return F(x);
                        }
                        return Checked(MathSpecial.Gamma(x, m), x);
                    }
                case Id.IsFinite:
                    {
                        double x = Arg(args[0]);
                        return PyBool.From(!double.IsNaN(x) && !double.IsInfinity(x));
                    }
                case Id.IsInf:
                    return PyBool.From(double.IsInfinity(Arg(args[0])));
                case Id.IsNan:
                    return PyBool.From(double.IsNaN(Arg(args[0])));
                case Id.LdExp:
                    return Checked(Ldexp(Arg(args[0]), (int)Clamp(Ops.ToLong(args[1]))), Arg(args[0]));
                case Id.LGamma:
                    {
                        double x = Arg(args[0]);
                        if (x <= 0 && FloatOps.Floor(x) == x)
                        {
                            throw Domain();
                        }
                        if (double.IsNaN(x) || double.IsInfinity(x))
                        {
                            return F(double.IsNaN(x) ? x : double.PositiveInfinity);
                        }
                        return Checked(MathSpecial.LGamma(x, m), x);
                    }
                case Id.Log10:
                    {
                        double x = Arg(args[0]);
                        if (x <= 0)
                        {
                            throw Domain();
                        }
                        return F(m.Log10(x));
                    }
                case Id.Log2:
                    {
                        double x = Arg(args[0]);
                        if (x <= 0)
                        {
                            throw Domain();
                        }
                        int e;
                        double mant = Frexp(x, out e);
                        if (mant == 0.5)
                        {
                            return F(e - 1);
                        }
                        return F(double.IsInfinity(x) || double.IsNaN(x) ? x : MathSpecial.Log2(x, m));
                    }
                case Id.ModF:
                    {
                        double x = Arg(args[0]);
                        if (double.IsInfinity(x))
                        {
                            return new PyTuple(new object[] { F(x > 0 ? 0.0 : -0.0), F(x) });
                        }
                        double ip = x < 0 ? -FloatOps.Floor(-x) : FloatOps.Floor(x);
                        double fp = x - ip;
                        return new PyTuple(new object[] { F(fp == 0 && x < 0 ? -0.0 : fp), F(ip) });
                    }
                case Id.Pow:
                    {
                        double x = Arg(args[0]);
                        double y = Arg(args[1]);
                        if (x == 0 && y < 0)
                        {
                            throw Domain();
                        }
                        if (x < 0 && FloatOps.Floor(y) != y && !double.IsInfinity(y))
                        {
                            throw Domain();
                        }
                        if (x == 1 || y == 0)
                        {
                            return F(1.0);
                        }
                        return Checked(m.Pow(x, y), x * y);
                    }
                case Id.Radians:
                    return F(Arg(args[0]) * (3.141592653589793 / 180.0));
                case Id.Sin:
                    return Checked(m.Sin(Arg(args[0])), Arg(args[0]));
                case Id.Sinh:
                    return Checked(m.Sinh(Arg(args[0])), Arg(args[0]));
                case Id.Sqrt:
                    {
                        double x = Arg(args[0]);
                        if (x < 0)
                        {
                            throw Domain();
                        }
                        return F(m.Sqrt(x));
                    }
                case Id.Tan:
                    return Checked(m.Tan(Arg(args[0])), Arg(args[0]));
                case Id.Tanh:
                    return F(m.Tanh(Arg(args[0])));
                case Id.Trunc:
                    {
                        PyInstance inst = args[0] as PyInstance;
                        if (inst != null && inst.Type.Lookup("__trunc__") != null)
                        {
                            return Ops.CallMethod0(args[0], "__trunc__");
                        }
                        if (IntOps.IsInt(args[0]))
                        {
                            return Ops.Call1(PyInt.TypeObject, args[0]);
                        }
                        return Numbers.FloatToInt(Arg(args[0]));
                    }
                case Id.Hypot:
                    return Checked(MathSpecial.Hypot(Arg(args[0]), Arg(args[1]), m), Arg(args[0]) + Arg(args[1]));
                case Id.Factorial:
                    {
                        Ops.CheckArgs(name, argc, kwc, 1, 1);
                        if (!IntOps.IsInt(args[0]))
                        {
                            throw Err.Type("factorial() only accepts integral values");
                        }
                        long n = Ops.ToLong(args[0]);
                        if (n < 0)
                        {
                            throw Err.Value("factorial() not defined for negative values");
                        }
                        object r = PyInt.Create(1);
                        for (long i = 2; i <= n; i++)
                        {
                            r = Ops.BinaryOp(PyOp.Mul, r, PyInt.Create(i));
                        }
                        return r;
                    }
                case Id.Gcd:
                    {
                        object a = Numbers.Abs(args[0]);
                        object b = Numbers.Abs(args[1]);
                        while (IntOps.CompareInts(b, PyInt.Create(0)) != 0)
                        {
                            object t = Ops.BinaryOp(PyOp.Mod, a, b);
                            a = b;
                            b = t;
                        }
                        return a;
                    }
                default:
                    {
                        if (argc != 2)
                        {
                            throw Err.Type("isclose() takes exactly 2 positional arguments");
                        }
                        double a = Arg(args[0]);
                        double b = Arg(args[1]);
                        object rt = Ops.KwArg(args, argc, kwc, "rel_tol");
                        object at = Ops.KwArg(args, argc, kwc, "abs_tol");
                        double rel = rt == null ? 1e-9 : Arg(rt);
                        double abs = at == null ? 0.0 : Arg(at);
                        if (a == b)
                        {
                            return PyBool.True;
                        }
                        if (double.IsInfinity(a) || double.IsInfinity(b))
                        {
                            return PyBool.False;
                        }
                        double diff = a - b;
                        diff = diff < 0 ? -diff : diff;
                        double aa = a < 0 ? -a : a;
                        double bb = b < 0 ? -b : b;
                        return PyBool.From(diff <= rel * bb || diff <= rel * aa || diff <= abs);
                    }
            }
        }

        private static long Clamp(long v)
        {
            return v > 100000 ? 100000 : v < -100000 ? -100000 : v;
        }

        private static object ToInt(double d, object orig, string dunder)
        {
            PyInstance inst = orig as PyInstance;
            if (inst != null && inst.Type.Lookup(dunder) != null)
            {
                return Ops.CallMethod0(orig, dunder);
            }
            if (IntOps.IsInt(orig))
            {
                return orig is PyBool ? PyInt.Create(((PyBool)orig).Value ? 1 : 0) : orig;
            }
            return Numbers.FloatToInt(d);
        }

        private static object Log(object[] args, int argc, IFloatMath m)
        {
            double x = LogOf(args[0], m);
            if (argc == 2)
            {
                double b = LogOf(args[1], m);
                if (b == 0)
                {
                    throw Err.ZeroDivision("float division by zero");
                }
                return F(x / b);
            }
            return F(x);
        }

        private static double LogOf(object o, IFloatMath m)
        {
            PyBigInt big = o as PyBigInt;
            if (big != null)
            {
                if (big.Neg)
                {
                    throw Domain();
                }
                // log of a huge int: scale down by 2^k first.
                int bits = BigNat.BitLength(big.Mag);
                int shift = bits > 1000 ? bits - 1000 : 0;
                double d = BigNat.RatioToDouble(BigNat.ShiftRight(big.Mag, shift), new uint[] { 1 });
                return m.Log(d) + shift * 0.6931471805599453;
            }
            double x = Arg(o);
            if (x <= 0)
            {
                throw Domain();
            }
            return m.Log(x);
        }

        public static double Frexp(double x, out int e)
        {
            e = 0;
            if (x == 0 || double.IsNaN(x) || double.IsInfinity(x))
            {
                return x;
            }
            long bits = System.BitConverter.DoubleToInt64Bits(x);
            int be = (int)((bits >> 52) & 0x7FF);
            if (be == 0)
            {
                // Subnormal: normalize first.
                x *= 18014398509481984.0; // 2^54
                bits = System.BitConverter.DoubleToInt64Bits(x);
                be = (int)((bits >> 52) & 0x7FF);
                e = -54;
            }
            e += be - 1022;
            bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
            return System.BitConverter.Int64BitsToDouble(bits);
        }

        public static double Ldexp(double x, int e)
        {
            if (x == 0 || double.IsNaN(x) || double.IsInfinity(x))
            {
                return x;
            }
            while (e > 1000)
            {
                x *= 1.0715086071862673e301;
                e -= 1000;
                if (double.IsInfinity(x))
                {
                    return x;
                }
            }
            while (e < -1000)
            {
                x *= 9.332636185032189e-302;
                e += 1000;
            }
            // Multiply by 2^e in two steps to keep subnormal results right.
            int e1 = e / 2;
            int e2 = e - e1;
            return x * Pow2(e1) * Pow2(e2);
        }

        private static double Pow2(int e)
        {
            if (e >= -1022 && e <= 1023)
            {
                return System.BitConverter.Int64BitsToDouble((long)(e + 1023) << 52);
            }
            return e > 0 ? double.PositiveInfinity : 0.0;
        }
    }
}
