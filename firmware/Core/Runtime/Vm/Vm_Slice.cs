using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        /// <summary>
        /// BUILD_SLICE followed by BINARY_SUBSCR or STORE_SUBSCR on a list, with int or None bounds: runs the subscript
        /// on the bounds as numbers (no slice object, no boxing; CListSlice) and returns the new stack top, the caller
        /// skipping the subscript; -1 when this case does not apply.
        /// </summary>
        private static int FusedSlice(Frame f, int arg, int sp, byte next)
        {
            if (next != Opcodes.BinarySubscr && next != Opcodes.StoreSubscr)
            {
                return -1;
            }
            object[] R = f.Refs;
            long[] I = f.Bits;
            int parts = arg & 0xFF;
            int cs = sp - parts - 1;
            f.Sp = sp;
            object r;
            int top;
            if (next == Opcodes.BinarySubscr)
            {
                r = CListSlice(R[cs], R[cs + 1], I[cs + 1], R[cs + 2], I[cs + 2], parts == 3 ? R[cs + 3] : PyNone.None,
                    parts == 3 ? I[cs + 3] : 0, null, (arg & Opcodes.SliceTemp) != 0 ? SliceReadTemp : SliceRead);
                if (r == null)
                {
                    return -1;
                }
                R[cs] = r;
                top = cs + 1;
            }
            else
            {
                if (CListSlice(R[cs], R[cs + 1], I[cs + 1], R[cs + 2], I[cs + 2], parts == 3 ? R[cs + 3] : PyNone.None,
                    parts == 3 ? I[cs + 3] : 0, R[cs - 1], SliceWrite) == null)
                {
                    return -1;
                }
                top = cs - 1;
            }
            for (int k = top; k < sp; k++)
            {
                R[k] = null;
            }
            return top;
        }

        /// <summary>CListSlice's modes: o[a:b:c] as a new list, as the list lent to a slice assignment's value
        /// (Opcodes.SliceTemp), o[a:b:c] = value.</summary>
        public const int SliceRead = 0;
        public const int SliceReadTemp = 1;
        public const int SliceWrite = 2;

        /// <summary>
        /// List slicing in compiled code, each bound as the generated code holds it (an unboxed int's marker and
        /// bits, a PyInt or None; c None for a two-part slice). SliceRead: o[a:b:c] as a new list; SliceReadTemp: the
        /// same in the pooled list lent to a slice assignment's value; SliceWrite: o[a:b:c] = value (a list or a
        /// tuple), returning o. Null when this does not apply (o not a list, a bound of another type or beyond the int
        /// range, a zero step, value of another type or o itself, an extended slice of another size): the general
        /// path then runs, raising what it raises. One call with everything inline: each C# call costs nanoCLR a
        /// stack frame.
        /// </summary>
        public static object CListSlice(object o, object ra, long ia, object rb, long ib, object rc, long ic, object value, int mode)
        {
            PyList l = o as PyList;
            if (l == null)
            {
                return null;
            }
            object ui = Unboxed.Int;
            object none = PyNone.None;
            PyInt p;
            int step = 1;
            if (rc != none)
            {
                if (rc != ui)
                {
                    if ((p = rc as PyInt) == null)
                    {
                        return null;
                    }
                    ic = p.Value;
                }
                step = (int)ic;
                if (step != ic || step == 0 || step == int.MinValue)
                {
                    return null;
                }
            }
            bool hasA = true;
            if (ra != ui)
            {
                if (ra == none)
                {
                    hasA = false;
                }
                else if ((p = ra as PyInt) == null)
                {
                    return null;
                }
                else
                {
                    ia = p.Value;
                }
            }
            bool hasB = true;
            if (rb != ui)
            {
                if (rb == none)
                {
                    hasB = false;
                }
                else if ((p = rb as PyInt) == null)
                {
                    return null;
                }
                else
                {
                    ib = p.Value;
                }
            }
            int a = (int)ia;
            int b = (int)ib;
            if ((hasA && a != ia) || (hasB && b != ib))
            {
                return null;
            }
            // The slice's first index and item count, as CPython adjusts them.
            int len = l.Count;
            int start;
            int n;
            if (step > 0)
            {
                start = !hasA ? 0 : a < 0 ? ((a += len) < 0 ? 0 : a) : a > len ? len : a;
                b = !hasB ? len : b < 0 ? ((b += len) < 0 ? 0 : b) : b > len ? len : b;
                n = b <= start ? 0 : step == 1 ? b - start : (int)(((long)b - start + step - 1) / step);
            }
            else
            {
                start = !hasA ? len - 1 : a < 0 ? ((a += len) < 0 ? -1 : a) : a >= len ? len - 1 : a;
                b = !hasB ? -1 : b < 0 ? ((b += len) < 0 ? -1 : b) : b >= len ? len - 1 : b;
                n = start <= b ? 0 : step == -1 ? start - b : (int)(((long)start - b - step - 1) / -(long)step);
            }
            object[] items = l.Items;
            object[] r;
            if (mode == SliceWrite)
            {
                if (value == o)
                {
                    return null;
                }
                PyList vl = value as PyList;
                int srcLen;
                if (vl != null)
                {
                    r = vl.Items;
                    srcLen = vl.Count;
                }
                else
                {
                    PyTuple vt = value as PyTuple;
                    if (vt == null)
                    {
                        return null;
                    }
                    r = vt.Items;
                    srcLen = r.Length;
                }
#if NANOFRAMEWORK_1_0
                if (srcLen == n && step == 1)
#else
                if (srcLen == n && step == 1 && n > 8)
#endif
                {
                    // As many items as the slice has: they replace it, the rest stays where it is.
                    System.Array.Copy(r, 0, items, start, n);
                }
                else if (srcLen == n)
                {
                    for (int k = 0, j = start; k < n; k++, j += step)
                    {
#if NANOFRAMEWORK_1_0
                        items[j] = r[k];
#else
                        RefStore.Put(items, j, r[k]);
#endif
                    }
                }
                else if (step != 1)
                {
                    return null;
                }
                else
                {
                    l.SetSlice(start, start + n, 1, n, value);
                }
                if (vl != null && vl == s_sliceTempOut)
                {
                    // The lent list back to the pool, its items cleared.
                    s_sliceTempOut = null;
#if NANOFRAMEWORK_1_0
                    System.Array.Clear(r, 0, srcLen);
#else
                    for (int k = 0; k < srcLen; k++)
                    {
                        r[k] = null;
                    }
#endif
                    vl.Count = 0;
                    if (r.Length <= 64)
                    {
                        s_sliceTemp = vl;
                    }
                }
                return o;
            }
            PyList t;
            if (mode == SliceReadTemp)
            {
                t = s_sliceTemp;
                if (t == null)
                {
                    t = new PyList(n);
                }
                s_sliceTemp = null;
                s_sliceTempOut = t;
                r = t.Items;
                if (r.Length < n)
                {
                    r = t.Items = new object[n];
                }
                t.Count = n;
            }
            else
            {
                r = new object[n];
                t = new PyList(r, n);
            }
#if NANOFRAMEWORK_1_0
            if (step == 1)
#else
            if (step == 1 && n > 8)
#endif
            {
                // nanoCLR's native copy costs less than any IL loop (each IL instruction costs it tens of machine
                // instructions); desktop .NET copies a few items faster one by one than through Array.Copy's checks.
                System.Array.Copy(items, start, r, 0, n);
                return t;
            }
            for (int i = 0, j = start; i < n; i++, j += step)
            {
#if NANOFRAMEWORK_1_0
                r[i] = items[j];
#else
                RefStore.Put(r, i, items[j]);
#endif
            }
            return t;
        }

        /// <summary>The list lent to the value of slice assignments (Opcodes.SliceTemp), while it is in the pool, and
        /// the one lent out. A lent list that reaches anything but a list's slice assignment (a __setitem__, say)
        /// is forgotten, never lent again.</summary>
        private static PyList s_sliceTemp;
        private static PyList s_sliceTempOut;
    }
}
