using MicroPy.Objects;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        private const long ExactDoubleInt = 1L << 53;

        /// <summary>
        /// Operands of a float operation: true when one is a float (boxed, or Unboxed.Float with its bits in the long
        /// slot) and the other a float or an int whose value a double holds exactly (so comparisons and arithmetic
        /// match the generic path).
        /// </summary>
        private static bool FloatOperands(object ra, long ia, object rb, long ib, out double x, out double y)
        {
            bool fa = true;
            bool fb = true;
            x = 0;
            y = 0;
            if (ra == Unboxed.Float)
            {
                x = System.BitConverter.Int64BitsToDouble(ia);
            }
            else
            {
                PyFloat pa = ra as PyFloat;
                if (pa != null)
                {
                    x = pa.Value;
                }
                else
                {
                    fa = false;
                }
            }
            if (rb == Unboxed.Float)
            {
                y = System.BitConverter.Int64BitsToDouble(ib);
            }
            else
            {
                PyFloat pb = rb as PyFloat;
                if (pb != null)
                {
                    y = pb.Value;
                }
                else
                {
                    fb = false;
                }
            }
            if (fa)
            {
                return fb || ExactInt(rb, ib, out y);
            }
            return fb && ExactInt(ra, ia, out x);
        }

        private static bool ExactInt(object r, long i, out double d)
        {
            if (r != Unboxed.Int)
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

        /// <summary>Comparison of two ints held as longs (exact: converting to double would merge values above 2**53).</summary>
#if !NANOFRAMEWORK_1_0
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
#endif
        private static bool IntCompare(int op, long x, long y)
        {
            switch (op)
            {
                case PyOp.Lt:
                    return x < y;
                case PyOp.Le:
                    return x <= y;
                case PyOp.Eq:
                    return x == y;
                case PyOp.Ne:
                    return x != y;
                case PyOp.Gt:
                    return x > y;
                default:
                    return x >= y;
            }
        }

#if !NANOFRAMEWORK_1_0
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
#endif
        private static bool FloatCompare(int op, double x, double y)
        {
#if NANOFRAMEWORK_1_0
            return FloatOps.CompareDoubles(op, x, y);
#else
            // IEEE comparisons already give Python's answers for NaN (only != is true); nanoCLR's unordered
            // branches are not relied on, the device checks NaN first.
            switch (op)
            {
                case PyOp.Lt:
                    return x < y;
                case PyOp.Le:
                    return x <= y;
                case PyOp.Eq:
                    return x == y;
                case PyOp.Ne:
                    return x != y;
                case PyOp.Gt:
                    return x > y;
                default:
                    return x >= y;
            }
#endif
        }
    }
}
