namespace MicroPy.Objects
{
    public static partial class Numbers
    {
        public static object Abs(object x)
        {
            PyInt i = x as PyInt;
            if (i != null)
            {
                return i.Value >= 0 ? i : i.Value == long.MinValue ? IntOps.Unary(PyOp.Neg, i) : PyInt.Create(-i.Value);
            }
            PyFloat f = x as PyFloat;
            if (f != null)
            {
                return new PyFloat(f.Value < 0 || (f.Value == 0 && System.BitConverter.DoubleToInt64Bits(f.Value) < 0) ? -f.Value : f.Value);
            }
            PyBigInt b = x as PyBigInt;
            if (b != null)
            {
                return b.Neg ? new PyBigInt(false, b.Mag) : b;
            }
            PyBool bo = x as PyBool;
            if (bo != null)
            {
                return PyInt.Create(bo.Value ? 1 : 0);
            }
            PyComplex c = x as PyComplex;
            if (c != null)
            {
                return new PyFloat(Hypot(c.Real, c.Imag));
            }
            PyInstance inst = x as PyInstance;
            if (inst != null && inst.Type.Lookup("__abs__") != null)
            {
                return Ops.CallMethod0(x, "__abs__");
            }
            throw Err.Type("bad operand type for abs(): '" + Ops.TypeName(x) + "'");
        }

        public static double Hypot(double a, double b)
        {
            if (double.IsInfinity(a) || double.IsInfinity(b))
            {
                return double.PositiveInfinity;
            }
            a = a < 0 ? -a : a;
            b = b < 0 ? -b : b;
            double m = a > b ? a : b;
            if (m == 0)
            {
                return 0;
            }
            double r = (a > b ? b : a) / m;
            return m * MicroPy.Hal.Platform.Math.Sqrt(1 + r * r);
        }

        public static object DivMod(object a, object b)
        {
            if (a is PyFloat || b is PyFloat)
            {
                double x = Ops.ToDouble(a);
                double y = Ops.ToDouble(b);
                if (y == 0)
                {
                    throw Err.ZeroDivision("float divmod()");
                }
                return new PyTuple(new object[] { new PyFloat(FloatOps.FloorDivide(x, y)), new PyFloat(FloatOps.Mod(x, y)) });
            }
            if (IntOps.IsInt(a) && IntOps.IsInt(b))
            {
                if (IntOps.CompareInts(b, PyInt.Create(0)) == 0)
                {
                    throw Err.ZeroDivision("integer division or modulo by zero");
                }
                return new PyTuple(new object[] { Ops.BinaryOp(PyOp.FloorDiv, a, b), Ops.BinaryOp(PyOp.Mod, a, b) });
            }
            PyInstance inst = a as PyInstance;
            if (inst != null && inst.Type.Lookup("__divmod__") != null)
            {
                return Ops.CallMethod1(a, "__divmod__", b);
            }
            throw Err.Type("unsupported operand type(s) for divmod(): '" + Ops.TypeName(a) + "' and '" + Ops.TypeName(b) + "'");
        }

        /// <summary>pow(b, e, m) for ints: modular exponentiation (negative e needs an inverse: ValueError).</summary>
        public static object PowMod(object b, object e, object m)
        {
            if (!IntOps.IsInt(b) || !IntOps.IsInt(e) || !IntOps.IsInt(m))
            {
                throw Err.Type("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (IntOps.CompareInts(m, PyInt.Create(0)) == 0)
            {
                throw Err.Value("pow() 3rd argument cannot be 0");
            }
            if (IntOps.CompareInts(e, PyInt.Create(0)) < 0)
            {
                throw Err.Value("pow() 2nd argument cannot be negative when 3rd argument specified");
            }
            object result = PyInt.Create(1);
            object bas = Ops.BinaryOp(PyOp.Mod, b, m);
            bool en;
            uint[] em;
            PyBigInt.Split(e, out en, out em);
            int bits = BigNat.BitLength(em);
            for (int i = 0; i < bits; i++)
            {
                if (BigNat.TestBit(em, i))
                {
                    result = Ops.BinaryOp(PyOp.Mod, Ops.BinaryOp(PyOp.Mul, result, bas), m);
                }
                bas = Ops.BinaryOp(PyOp.Mod, Ops.BinaryOp(PyOp.Mul, bas, bas), m);
            }
            return Ops.BinaryOp(PyOp.Mod, result, m);
        }

        /// <summary>round(x[, ndigits]): half to even, exactly as CPython (via the exact decimal value of floats).</summary>
        public static object Round(object x, object ndigits)
        {
            bool hasNd = ndigits != null && ndigits != PyNone.None;
            if (IntOps.IsInt(x))
            {
                if (!hasNd)
                {
                    return x is PyBool ? PyInt.Create(((PyBool)x).Value ? 1 : 0) : x;
                }
                long nd = Ops.ToLong(ndigits);
                if (nd >= 0)
                {
                    return x is PyBool ? PyInt.Create(((PyBool)x).Value ? 1 : 0) : x;
                }
                // Round to a multiple of 10^-nd, half to even.
                object p = Ops.BinaryOp(PyOp.Pow, PyInt.Create(10), PyInt.Create(-nd));
                object q = Ops.BinaryOp(PyOp.FloorDiv, x, p);
                object r = Ops.BinaryOp(PyOp.Sub, x, Ops.BinaryOp(PyOp.Mul, q, p));
                int c = IntOps.CompareInts(Ops.BinaryOp(PyOp.Mul, r, PyInt.Create(2)), p);
                if (c > 0 || (c == 0 && IntOps.CompareInts(Ops.BinaryOp(PyOp.Mod, q, PyInt.Create(2)), PyInt.Create(0)) != 0))
                {
                    q = Ops.BinaryOp(PyOp.Add, q, PyInt.Create(1));
                }
                return Ops.BinaryOp(PyOp.Mul, q, p);
            }
            PyFloat f = x as PyFloat;
            if (f != null)
            {
                double d = f.Value;
                if (!hasNd)
                {
                    if (double.IsNaN(d))
                    {
                        throw Err.Value("cannot convert float NaN to integer");
                    }
                    if (double.IsInfinity(d))
                    {
                        throw Err.Overflow("cannot convert float infinity to integer");
                    }
                    double fl = FloatOps.Floor(d);
                    double diff = d - fl;
                    double r = diff > 0.5 ? fl + 1 : diff < 0.5 ? fl : (FloatOps.Mod(fl, 2) == 0 ? fl : fl + 1);
                    return FloatToInt(r);
                }
                long nd = Ops.ToLong(ndigits);
                if (double.IsNaN(d) || double.IsInfinity(d) || d == 0)
                {
                    return f;
                }
                if (nd > 330)
                {
                    return f;
                }
                if (nd < -330)
                {
                    return new PyFloat(d < 0 ? -0.0 : 0.0);
                }
                string s;
                if (nd >= 0)
                {
                    s = FloatFormat.Format(d, 'f', (int)nd, false);
                }
                else
                {
                    double rv = Ops.ToDouble(RoundToPowerOfTen(d < 0 ? -d : d, (int)-nd));
                    return new PyFloat(d < 0 ? -rv : rv);
                }
                return new PyFloat(ParseFloatText(s, 0, s.Length));
            }
            PyInstance inst = x as PyInstance;
            if (inst != null && inst.Type.Lookup("__round__") != null)
            {
                return hasNd ? Ops.CallMethod1(x, "__round__", ndigits) : Ops.CallMethod0(x, "__round__");
            }
            throw Err.Type("type " + Ops.TypeName(x) + " doesn't define __round__ method");
        }

        /// <summary>d &gt;= 0 rounded half-even to a multiple of 10^k (k &gt; 0), exactly: the integer part decides, the
        /// fraction (exact, as d - trunc(d)) only breaks a tie.</summary>
        private static object RoundToPowerOfTen(double d, int k)
        {
            double a = d;
            double t = FloatOps.Floor(a);
            object ti = FloatToInt(t);
            object unit = Ops.BinaryOp(PyOp.Pow, PyInt.Create(10), PyInt.Create(k));
            object q = Ops.BinaryOp(PyOp.FloorDiv, ti, unit);
            object r = Ops.BinaryOp(PyOp.Mod, ti, unit);
            int c = IntOps.CompareInts(Ops.BinaryOp(PyOp.Mul, r, PyInt.Create(2)), unit);
            bool up = c > 0 || (c == 0 && (a != t || !Ops.Eq(Ops.BinaryOp(PyOp.Mod, q, PyInt.Create(2)), PyInt.Create(0))));
            if (up)
            {
                q = Ops.BinaryOp(PyOp.Add, q, PyInt.Create(1));
            }
            return Ops.BinaryOp(PyOp.Mul, q, unit);
        }
    }
}
