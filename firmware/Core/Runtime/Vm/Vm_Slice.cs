using MicroPy.Objects;
using MicroPy.Compiler;

namespace MicroPy.Runtime
{
    public static partial class Vm
    {
        /// <summary>
        /// BUILD_SLICE followed by BINARY_SUBSCR or STORE_SUBSCR on a list, with int or None bounds: runs the subscript
        /// on the bounds as numbers (no slice object, no boxing) and returns the new stack top, the caller skipping
        /// the subscript; -1 when this case does not apply.
        /// </summary>
        private static int FusedSlice(Frame f, int arg, int sp, byte next)
        {
            int parts = arg & 0xFF;
            if (next != Opcodes.BinarySubscr && next != Opcodes.StoreSubscr)
            {
                return -1;
            }
            object[] R = f.Refs;
            long[] I = f.Bits;
            int cs = sp - parts - 1;
            PyList list = R[cs] as PyList;
            if (list == null)
            {
                return -1;
            }
            object value = null;
            if (next == Opcodes.StoreSubscr)
            {
                // Another list or a tuple: the assignment reads it in place and runs no Python code.
                value = R[cs - 1];
                if (!(value is PyList) && !(value is PyTuple))
                {
                    return -1;
                }
            }
            bool hasStart;
            bool hasStop;
            bool hasStep = false;
            long a;
            long b;
            long c = 1;
            if (!SliceBound(R[cs + 1], I[cs + 1], out hasStart, out a) || !SliceBound(R[cs + 2], I[cs + 2], out hasStop, out b))
            {
                return -1;
            }
            if (parts == 3 && !SliceBound(R[cs + 3], I[cs + 3], out hasStep, out c))
            {
                return -1;
            }
            if (!hasStep)
            {
                c = 1;
            }
            f.Sp = sp;
            int start;
            int stop;
            int step;
            int n = Ops.AdjustSlice(hasStart, a, hasStop, b, c, list.Count, out start, out stop, out step);
            int top;
            if (next == Opcodes.BinarySubscr)
            {
                if ((arg & Opcodes.SliceTemp) != 0)
                {
                    // The value of a slice assignment: a list lent from the pool, returned after the assignment.
                    PyList t = s_sliceTemp;
                    if (t == null)
                    {
                        t = new PyList(n);
                    }
                    s_sliceTemp = null;
                    s_sliceTempOut = t;
                    R[cs] = list.SliceInto(t, start, n, step);
                }
                else
                {
                    R[cs] = list.Slice(start, n, step);
                }
                top = cs + 1;
            }
            else
            {
                list.SetSlice(start, stop, step, n, value);
                if (value == s_sliceTempOut)
                {
                    ReturnSliceTemp();
                }
                top = cs - 1;
            }
            for (int k = top; k < sp; k++)
            {
                R[k] = null;
            }
            return top;
        }

        /// <summary>The list lent to the value of slice assignments (Opcodes.SliceTemp), while it is in the pool, and
        /// the one lent out. A lent list that reaches anything but a list's slice assignment (a __setitem__, say)
        /// is forgotten, never lent again.</summary>
        private static PyList s_sliceTemp;
        private static PyList s_sliceTempOut;

        private static void ReturnSliceTemp()
        {
            PyList t = s_sliceTempOut;
            s_sliceTempOut = null;
            object[] items = t.Items;
            for (int k = 0; k < t.Count; k++)
            {
                items[k] = null;
            }
            t.Count = 0;
            if (items.Length <= 64)
            {
                s_sliceTemp = t;
            }
        }

        /// <summary>A slice bound that list slicing takes without calling Python code: an int (present) or None
        /// (absent); false for anything else.</summary>
        private static bool SliceBound(object r, long i, out bool present, out long v)
        {
            present = true;
            if (r == Unboxed.Int)
            {
                v = i;
                return true;
            }
            PyInt pi = r as PyInt;
            if (pi != null)
            {
                v = pi.Value;
                return true;
            }
            v = 0;
            present = false;
            return r == (object)PyNone.None;
        }
    }
}
