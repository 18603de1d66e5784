using MicroPy.Compiler;

namespace MicroPy.Core
{
    public static partial class Vm
    {
        /// <summary>The slice object lent to FusedSlice (null while lent: a nested use makes its own).</summary>
        private static PySlice s_slice;

        /// <summary>
        /// BUILD_SLICE followed by BINARY_SUBSCR or STORE_SUBSCR on a list, with int or None bounds: runs the subscript
        /// with a reused slice object (list slicing neither keeps nor calls out with it) and returns the new stack
        /// top, the caller skipping the subscript; -1 when this case does not apply.
        /// </summary>
        private static int FusedSlice(Frame f, int parts, int sp, byte next)
        {
            if (next != Opcodes.BinarySubscr && next != Opcodes.StoreSubscr)
            {
                return -1;
            }
            object[] R = f.R;
            long[] I = f.I;
            int cs = sp - parts - 1;
            PyList list = R[cs] as PyList;
            if (list == null)
            {
                return -1;
            }
            object value = null;
            if (next == Opcodes.StoreSubscr)
            {
                // Another list or a tuple: SetSlice reads it in place and runs no Python code.
                value = R[cs - 1];
                if (!(value is PyList) && !(value is PyTuple))
                {
                    return -1;
                }
            }
            object start = SlicePart(R[cs + 1], I[cs + 1]);
            object stop = SlicePart(R[cs + 2], I[cs + 2]);
            object step = parts == 3 ? SlicePart(R[cs + 3], I[cs + 3]) : PyNone.None;
            if (start == null || stop == null || step == null)
            {
                return -1;
            }
            PySlice s = s_slice;
            s_slice = null;
            if (s == null)
            {
                s = new PySlice(start, stop, step);
            }
            else
            {
                s.Start = start;
                s.Stop = stop;
                s.Step = step;
            }
            f.Sp = sp;
            int top;
            if (next == Opcodes.BinarySubscr)
            {
                R[cs] = list.GetItem(s);
                top = cs + 1;
            }
            else
            {
                list.SetItem(s, value);
                top = cs - 1;
            }
            s.Start = null;
            s.Stop = null;
            s.Step = null;
            s_slice = s;
            for (int k = top; k < sp; k++)
            {
                R[k] = null;
            }
            return top;
        }

        /// <summary>A slice bound as the object list slicing takes without calling Python code (an int or None);
        /// null for anything else.</summary>
        private static object SlicePart(object r, long i)
        {
            if (r == IntMark)
            {
                return PyInt.Create(i);
            }
            if (r is PyInt || r == (object)PyNone.None)
            {
                return r;
            }
            return null;
        }
    }
}
