using MicroPy.Hal;

namespace MicroPy.Objects
{
    /// <summary>float arithmetic with Python's semantics (floor division and modulo signs, errors, pow rules).</summary>
    public static class FloatOps
    {
        public static double Floor(double x)
        {
            if (double.IsNaN(x) || double.IsInfinity(x))
            {
                return x;
            }
            if (x >= -9.0e15 && x <= 9.0e15)
            {
                long t = (long)x;
                double d = t;
                return d > x ? d - 1 : d;
            }
            return x;
        }

        public static double Mod(double x, double y)
        {
            double r = x % y;
            if (r != 0)
            {
                if ((y < 0) != (r < 0))
                {
                    r += y;
                }
            }
            else
            {
                r = y < 0 ? -0.0 : 0.0;
            }
            return r;
        }

        public static double FloorDivide(double x, double y)
        {
            double mod = x % y;
            double div = (x - mod) / y;
            if (mod != 0 && (y < 0) != (mod < 0))
            {
                div -= 1.0;
            }
            double fl;
            if (div != 0)
            {
                fl = Floor(div);
                if (div - fl > 0.5)
                {
                    fl += 1.0;
                }
            }
            else
            {
                fl = System.BitConverter.DoubleToInt64Bits(x / y) < 0 ? -0.0 : 0.0;
            }
            return fl;
        }

        public static object Binary(int op, double x, double y)
        {
            switch (op)
            {
                case PyOp.Add:
                    return new PyFloat(x + y);
                case PyOp.Sub:
                    return new PyFloat(x - y);
                case PyOp.Mul:
                    return new PyFloat(x * y);
                case PyOp.TrueDiv:
                    if (y == 0)
                    {
                        throw Err.ZeroDivision("float division by zero");
                    }
                    return new PyFloat(x / y);
                case PyOp.FloorDiv:
                    if (y == 0)
                    {
                        throw Err.ZeroDivision("float floor division by zero");
                    }
                    return new PyFloat(FloorDivide(x, y));
                case PyOp.Mod:
                    if (y == 0)
                    {
                        throw Err.ZeroDivision("float modulo");
                    }
                    return new PyFloat(Mod(x, y));
                case PyOp.Pow:
                    return Pow(x, y);
            }
            return Ops.NotImplemented;
        }

        public static object Pow(double x, double y)
        {
            if (y == 0)
            {
                return new PyFloat(1.0);
            }
            if (x == 0 && y < 0)
            {
                throw Err.ZeroDivision("0.0 cannot be raised to a negative power");
            }
            if (x < 0 && y != Floor(y) && !double.IsInfinity(y) && !double.IsNaN(y))
            {
                // A negative base to a fractional power is complex.
                return PyComplex.Pow(new PyComplex(x, 0), new PyComplex(y, 0));
            }
            if (x == 1)
            {
                return new PyFloat(1.0);
            }
            double r = Platform.Math.Pow(x, y);
            if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
            {
                throw Err.Overflow("(34, 'Numerical result out of range')");
            }
            return new PyFloat(r);
        }

        /// <summary>Exact comparison of an int with a float.</summary>
        public static object CompareMixed(int op, object a, object b)
        {
            double x;
            double y;
            if (a is PyFloat)
            {
                x = ((PyFloat)a).Value;
                if (double.IsNaN(x))
                {
                    return PyBool.From(op == PyOp.Ne);
                }
                int c = -CompareIntFloat(b, x);
                return PyBool.From(IntOps.Holds(op, c));
            }
            y = ((PyFloat)b).Value;
            if (double.IsNaN(y))
            {
                return PyBool.From(op == PyOp.Ne);
            }
            return PyBool.From(IntOps.Holds(op, CompareIntFloat(a, y)));
        }

        /// <summary>A comparison of two doubles; NaN compares unequal and unordered to everything (tested explicitly:
        /// nanoCLR's ordered comparisons answer true for some NaN operands).</summary>
        public static bool CompareDoubles(int op, double x, double y)
        {
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return op == PyOp.Ne;
            }
            if (x == y && (x > 0) != (y > 0))
            {
                // nanoCLR calls any two infinities equal (CLR_RT_HeapBlock::Compare_Values: "the infinite values are
                // equal to themselves"), so inf == -inf there: compare their signs instead.
                x = x > 0 ? 1 : -1;
                y = -x;
            }
            switch (op)
            {
                case PyOp.Lt: return x < y;
                case PyOp.Le: return x <= y;
                case PyOp.Eq: return x == y;
                case PyOp.Ne: return x != y;
                case PyOp.Gt: return x > y;
                default: return x >= y;
            }
        }

        /// <summary>Sign of (int i) - (float y), y not NaN.</summary>
        private static int CompareIntFloat(object i, double y)
        {
            if (double.IsPositiveInfinity(y))
            {
                return -1;
            }
            if (double.IsNegativeInfinity(y))
            {
                return 1;
            }
            double fy = Floor(y);
            if (fy > -9.2e18 && fy < 9.2e18)
            {
                long ly = (long)fy;
                int c = IntOps.CompareInts(i, PyInt.Create(ly));
                if (c != 0)
                {
                    return c;
                }
                return fy == y ? 0 : -1;
            }
            // |y| is huge and integral: compare as ints.
            object yi = Numbers.FloatToInt(y);
            return IntOps.CompareInts(i, yi);
        }
    }
}
