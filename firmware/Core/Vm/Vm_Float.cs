namespace MicroPy.Core
{
    public static partial class Vm
    {
        private const long ExactDoubleInt = 1L << 53;

        /// <summary>
        /// Operands of a float operation: true when one is a float and the other a float or an int whose value a
        /// double holds exactly (so comparisons and arithmetic match the generic path).
        /// </summary>
        private static bool FloatOperands(object ra, long ia, object rb, long ib, out double x, out double y)
        {
            PyFloat fa = ra as PyFloat;
            PyFloat fb = rb as PyFloat;
            y = 0;
            if (fa != null)
            {
                x = fa.Value;
                if (fb != null)
                {
                    y = fb.Value;
                    return true;
                }
                return ExactInt(rb, ib, out y);
            }
            if (fb != null)
            {
                y = fb.Value;
                return ExactInt(ra, ia, out x);
            }
            x = 0;
            return false;
        }

        private static bool ExactInt(object r, long i, out double d)
        {
            if (r != IntMark)
            {
                PyInt pi = r as PyInt;
                if (pi == null)
                {
                    d = 0;
                    return false;
                }
                i = pi.Value;
            }
            d = i;
            return i < ExactDoubleInt && i > -ExactDoubleInt;
        }

        /// <summary>a op b for float operands without the generic dispatch; null when the generic path must run.</summary>
        private static object FloatBinary(int op, double x, double y)
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
                    if (y != 0)
                    {
                        return new PyFloat(x / y);
                    }
                    break;
            }
            return null;
        }

        private static bool FloatCompare(int op, double x, double y)
        {
            return FloatOps.CompareDoubles(op, x, y);
        }
    }
}
