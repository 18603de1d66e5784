namespace MicroPy.Objects
{
    public static partial class Ops
    {
        public static void Reverse(object[] a, int n)
        {
            for (int i = 0, j = n - 1; i < j; i++, j--)
            {
                object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }

        public static void ReverseBytes(byte[] a, int n)
        {
            for (int i = 0, j = n - 1; i < j; i++, j--)
            {
                byte t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }

        /// <summary>callable(o).</summary>
        public static bool IsCallable(object o)
        {
            PyObject p = o as PyObject;
            if (p == null)
            {
                return false;
            }
            if (p is PyFunctionBase || p is PyNativeFunction || p is PyBoundMethod || p is PyType)
            {
                return true;
            }
            PyInstance inst = p as PyInstance;
            if (inst != null)
            {
                return inst.Type.Lookup("__call__") != null || (inst.Native != null && IsCallable(inst.Native));
            }
            if (p is PyInt || p is PyFloat || p is PyBool || p is PyNone || p is PyTuple || p is PyList || p is PyDict
                || p is IPlainValue || p is PyBigInt || p is PyComplex || p is PyModule || p is PySlice || p is PyBaseException || p.Type.Name == "generator" || p.Type.Name == "coroutine")
            {
                return false;
            }
            return true;
        }

        /// <summary>Is o an iterator (has __next__)?</summary>
        public static bool IsIterator(PyObject o)
        {
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                return inst.Type.Lookup("__next__") != null;
            }
            if (o is PyList || o is PyTuple || o is PyDict || o is IPlainValue
                || o is PyInt || o is PyFloat || o is PyNone || o is PyBool || o is PyType || o is PyFunctionBase || o is PyModule)
            {
                return false;
            }
            return true;
        }
    }
}
