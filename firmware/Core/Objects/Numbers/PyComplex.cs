using MicroPy.Hal;

namespace MicroPy.Objects
{
    public sealed class PyComplex : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("complex", ComplexTable.Instance, null)); }
        }

        public readonly double Real;
        public readonly double Imag;

        public PyComplex(double real, double imag)
        {
            Real = real;
            Imag = imag;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override bool IsTrue()
        {
            return Real != 0 || Imag != 0;
        }

        public override int Hash()
        {
            return PyFloat.HashOf(Real) ^ (PyFloat.HashOf(Imag) * 1000003);
        }

        private static string Part(double d)
        {
            string s = FloatFormat.Repr(d);
            if (s.EndsWith(".0"))
            {
                s = s.Substring(0, s.Length - 2);
            }
            return s;
        }

        public override string Repr()
        {
            if (Real == 0 && System.BitConverter.DoubleToInt64Bits(Real) >= 0)
            {
                return Part(Imag) + "j";
            }
            string im = Part(Imag);
            if (im[0] != '-' && im[0] != '+')
            {
                im = "+" + im;
            }
            return "(" + Part(Real) + im + "j)";
        }

        private static bool As(object o, out double re, out double im)
        {
            PyComplex c = o as PyComplex;
            if (c != null)
            {
                re = c.Real;
                im = c.Imag;
                return true;
            }
            if (o is PyFloat || IntOps.IsInt(o))
            {
                re = Ops.ToDouble(o);
                im = 0;
                return true;
            }
            re = 0;
            im = 0;
            return false;
        }

        public override object BinaryOp(int op, object other)
        {
            double r;
            double i;
            if (!As(other, out r, out i))
            {
                return Ops.NotImplemented;
            }
            return Op(op, Real, Imag, r, i);
        }

        public override object ReflectedOp(int op, object other)
        {
            double r;
            double i;
            if (!As(other, out r, out i))
            {
                return Ops.NotImplemented;
            }
            return Op(op, r, i, Real, Imag);
        }

        private static object Op(int op, double a, double b, double c, double d)
        {
            switch (op)
            {
                case PyOp.Add:
                    return new PyComplex(a + c, b + d);
                case PyOp.Sub:
                    return new PyComplex(a - c, b - d);
                case PyOp.Mul:
                    return new PyComplex(a * c - b * d, a * d + b * c);
                case PyOp.TrueDiv:
                    {
                        if (c == 0 && d == 0)
                        {
                            throw Err.ZeroDivision("complex division by zero");
                        }
                        double den = c * c + d * d;
                        return new PyComplex((a * c + b * d) / den, (b * c - a * d) / den);
                    }
                case PyOp.Pow:
                    return Pow(new PyComplex(a, b), new PyComplex(c, d));
                case PyOp.FloorDiv:
                case PyOp.Mod:
                    throw Err.Type("can't take floor or mod of complex number.");
            }
            return Ops.NotImplemented;
        }

        public static object Pow(PyComplex x, PyComplex y)
        {
            if (y.Imag == 0 && y.Real == FloatOps.Floor(y.Real) && y.Real >= -100 && y.Real <= 100 && (x.Real != 0 || x.Imag != 0))
            {
                // Integral exponent: repeated squaring, as CPython (exact for small powers).
                long n = (long)y.Real;
                bool inv = n < 0;
                if (inv)
                {
                    n = -n;
                }
                double rr = 1;
                double ri = 0;
                double br = x.Real;
                double bi = x.Imag;
                while (n > 0)
                {
                    if ((n & 1) != 0)
                    {
                        double t = rr * br - ri * bi;
                        ri = rr * bi + ri * br;
                        rr = t;
                    }
                    n >>= 1;
                    double s = br * br - bi * bi;
                    bi = 2 * br * bi;
                    br = s;
                }
                if (inv)
                {
                    double den = rr * rr + ri * ri;
                    return new PyComplex(rr / den, -ri / den);
                }
                return new PyComplex(rr, ri);
            }
            if (y.Real == 0 && y.Imag == 0)
            {
                return new PyComplex(1, 0);
            }
            if (x.Real == 0 && x.Imag == 0)
            {
                if (y.Imag != 0 || y.Real < 0)
                {
                    throw Err.ZeroDivision("0.0 to a negative or complex power");
                }
                return new PyComplex(0, 0);
            }
            IFloatMath m = Platform.Math;
            double vabs = m.Sqrt(x.Real * x.Real + x.Imag * x.Imag);
            double len = m.Pow(vabs, y.Real);
            double at = m.Atan2(x.Imag, x.Real);
            double phase = at * y.Real;
            if (y.Imag != 0)
            {
                len /= m.Exp(at * y.Imag);
                phase += y.Imag * m.Log(vabs);
            }
            return new PyComplex(len * m.Cos(phase), len * m.Sin(phase));
        }

        public override object UnaryOp(int op)
        {
            switch (op)
            {
                case PyOp.Neg:
                    return new PyComplex(-Real, -Imag);
                case PyOp.Pos:
                    return this;
            }
            return Ops.NotImplemented;
        }

        public override object Compare(int op, object other)
        {
            double r;
            double i;
            bool eq;
            if (op != PyOp.Eq && op != PyOp.Ne)
            {
                // Complex numbers are unordered: <, <= ... are a TypeError whatever the other operand.
                return Ops.NotImplemented;
            }
            if (other is PyBigInt)
            {
                // Exact, as float == int is: no conversion of an int beyond the float range.
                eq = Imag == 0 && Ops.Eq(new PyFloat(Real), other);
            }
            else if (As(other, out r, out i))
            {
                eq = Real == r && Imag == i;
            }
            else
            {
                return Ops.NotImplemented;
            }
            return PyBool.From(op == PyOp.Eq ? eq : !eq);
        }

        public override object GetAttr(string name)
        {
            if (name == "real")
            {
                return new PyFloat(Real);
            }
            if (name == "imag")
            {
                return new PyFloat(Imag);
            }
            return Ops.GenericGetAttr(this, name);
        }

        private sealed class ComplexTable : NativeTable
        {
            private static ComplexTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static ComplexTable Instance
            {
                get { return s_instance ?? (s_instance = new ComplexTable()); }
            }

            private ComplexTable() : base(new string[] { "conjugate" })
            {
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyComplex c = (PyComplex)Ops.NativeSelf(args[0]);
                return new PyComplex(c.Real, -c.Imag);
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (argc > 2 || kwc > 0)
                {
                    throw Err.Type("complex() takes at most 2 arguments");
                }
                double re = 0;
                double im = 0;
                if (argc >= 1)
                {
                    string s = args[0] as string;
                    if (s != null)
                    {
                        if (argc == 2)
                        {
                            throw Err.Type("complex() can't take second arg if first is a string");
                        }
                        return ParseComplex(s.Trim());
                    }
                    double r1;
                    double i1;
                    if (!As(args[0], out r1, out i1))
                    {
                        throw Err.Type("complex() first argument must be a string or a number, not '" + Ops.TypeName(args[0]) + "'");
                    }
                    re = r1;
                    im = i1;
                }
                if (argc == 2)
                {
                    double r2;
                    double i2;
                    if (!As(args[1], out r2, out i2))
                    {
                        throw Err.Type("complex() second argument must be a number, not '" + Ops.TypeName(args[1]) + "'");
                    }
                    re -= i2;
                    im = im == 0 ? r2 : im + r2;
                }
                return new PyComplex(re, im);
            }

            private static PyComplex ParseComplex(string s)
            {
                string t = s;
                if (t.Length > 1 && t[0] == '(' && t[t.Length - 1] == ')')
                {
                    t = t.Substring(1, t.Length - 2).Trim();
                }
                double v;
                if (t.Length > 0 && (t[t.Length - 1] == 'j' || t[t.Length - 1] == 'J'))
                {
                    string body = t.Substring(0, t.Length - 1);
                    // Split at the last sign that is not an exponent sign.
                    for (int k = body.Length - 1; k > 0; k--)
                    {
                        char c = body[k];
                        if ((c == '+' || c == '-') && body[k - 1] != 'e' && body[k - 1] != 'E')
                        {
                            double re;
                            double im;
                            string imText = body.Substring(k);
                            if (imText == "+" || imText == "-")
                            {
                                imText += "1";
                            }
                            if (Numbers.TryParseFloat(body, 0, k, out re) && Numbers.TryParseFloat(imText, 0, imText.Length, out im))
                            {
                                return new PyComplex(re, im);
                            }
                            throw Err.Value("complex() arg is a malformed string");
                        }
                    }
                    if (body == "" || body == "+" || body == "-")
                    {
                        return new PyComplex(0, body == "-" ? -1 : 1);
                    }
                    if (Numbers.TryParseFloat(body, 0, body.Length, out v))
                    {
                        return new PyComplex(0, v);
                    }
                    throw Err.Value("complex() arg is a malformed string");
                }
                if (Numbers.TryParseFloat(t, 0, t.Length, out v))
                {
                    return new PyComplex(v, 0);
                }
                throw Err.Value("complex() arg is a malformed string");
            }
        }
    }
}
