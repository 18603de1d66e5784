namespace MicroPy.Objects
{
    public static partial class Ops
    {
        /// <summary>CPython's slice.indices(length): clamped start/stop and step; returns the item count.</summary>
        public static int SliceIndices(PySlice s, int length, out int start, out int stop, out int step)
        {
            int st = s.Step == null || s.Step == (object)PyNone.None ? 1 : ClampIndex(s.Step);
            if (st == 0)
            {
                throw Err.Value("slice step cannot be zero");
            }
            bool hasStart = !(s.Start == null || s.Start == (object)PyNone.None);
            int a = hasStart ? ClampIndex(s.Start) : 0;
            bool hasStop = !(s.Stop == null || s.Stop == (object)PyNone.None);
            int b = hasStop ? ClampIndex(s.Stop) : 0;
            return AdjustSlice(hasStart, a, hasStop, b, st, length, out start, out stop, out step);
        }

        /// <summary>
        /// The indices of a slice whose bounds are known as numbers (has* false for a None bound) over a sequence of
        /// the given length: the first index, the end, the step and the element count, as CPython adjusts them.
        /// Bounds and step beyond the int range count as the nearest int.
        /// </summary>
        public static int AdjustSlice(bool hasStart, long a, bool hasStop, long b, long stepValue, int length, out int start, out int stop, out int step)
        {
            step = (int)Clamp(stepValue);
            if (step == 0)
            {
                throw Err.Value("slice step cannot be zero");
            }
            if (step > 0)
            {
                start = hasStart ? Bound(a, length, 0, length) : 0;
                stop = hasStop ? Bound(b, length, 0, length) : length;
                if (stop <= start)
                {
                    return 0;
                }
                // long: a step near the int range (a clamped huge step) would overflow the sum. Step 1 needs no
                // division (a 64-bit divide costs tens of cycles).
                return step == 1 ? stop - start : (int)(((long)stop - start + step - 1) / step);
            }
            start = hasStart ? Bound(a, length, -1, length - 1) : length - 1;
            stop = hasStop ? Bound(b, length, -1, length - 1) : -1;
            if (start <= stop)
            {
                return 0;
            }
            return step == -1 ? start - stop : (int)(((long)start - stop - step - 1) / -(long)step);
        }

        private static long Clamp(long v)
        {
            return v > int.MaxValue ? int.MaxValue : v < int.MinValue + 1 ? int.MinValue + 1 : v;
        }

        /// <summary>
        /// A slice bound or a start/end argument (find, index, count, startswith...) as an int clamped to the int range:
        /// no sequence is longer, so a bound beyond it acts as CPython's clamped Py_ssize_t does.
        /// </summary>
        public static int ClampIndex(object o)
        {
            if (o is PyBigInt)
            {
                return ((PyBigInt)o).Neg ? int.MinValue : int.MaxValue;
            }
            if (!(o is PyInt || o is PyBool))
            {
                PyInstance inst = o as PyInstance;
                if (inst == null || inst.Type.Lookup("__index__") == null)
                {
                    throw Err.Type("slice indices must be integers or None or have an __index__ method");
                }
            }
            long v = ToLong(o);
            // Down to int.MinValue, so that adding a length up to int.MaxValue still lands below -1.
            return v > int.MaxValue ? int.MaxValue : v < int.MinValue ? int.MinValue : (int)v;
        }

        /// <summary>
        /// A Py_ssize_t argument that is a position or a count (list.insert, split's maxsplit, replace's count) as an
        /// int clamped to the int range; OverflowError beyond 64 bits and TypeError for non-ints, as CPython.
        /// </summary>
        public static int ToSize(object o)
        {
            return (int)Clamp(ToLong(o));
        }

        private static int Bound(long i, int length, int lo, int hi)
        {
            if (i < 0)
            {
                i += length;
                if (i < lo)
                {
                    i = lo;
                }
            }
            else if (i > hi)
            {
                i = hi;
            }
            return (int)i;
        }

        /// <summary>Items of a slice of items[0..count) as a new array.</summary>
        public static object[] SliceArray(object[] items, int count, PySlice s)
        {
            int start;
            int stop;
            int step;
            int n = SliceIndices(s, count, out start, out stop, out step);
            object[] r = new object[n];
            if (step == 1)
            {
                System.Array.Copy(items, start, r, 0, n);
                return r;
            }
            for (int i = 0, j = start; i < n; i++, j += step)
            {
                r[i] = items[j];
            }
            return r;
        }

        /// <summary>Normalizes an index for a sequence of length count; IndexError with msg when out of range.</summary>
        public static int SeqIndex(object key, int count, string msg)
        {
            PyInt pi = key as PyInt;
            if (key is PyBigInt)
            {
                throw Err.Index("cannot fit 'int' into an index-sized integer");
            }
            if (pi != null && (pi.Value > int.MaxValue || pi.Value < int.MinValue))
            {
                // An index beyond any sequence's length but within CPython's index-sized range: out of range.
                throw Err.Index(msg);
            }
            int i = ToIndex(key);
            if (i < 0)
            {
                i += count;
            }
            if (i < 0 || i >= count)
            {
                throw Err.Index(msg);
            }
            return i;
        }
    }
}
