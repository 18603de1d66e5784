namespace MicroPy.Objects
{
    /// <summary>
    /// A store into an object[] without the covariance check a plain a[i] = v costs on desktop .NET (a helper call
    /// per store, since an object[] may be a string[]). The index is still checked: an index out of range throws
    /// (so that no store, whatever Python code did to a container meanwhile, lands outside the array).
    /// nanoCLR has no covariance helper, so there it is a plain store; but nanoCLR does not inline, and a call costs
    /// it more than ten stores, so the containers' hot stores (PyList, PyDict) and the VM loop's store directly
    /// under NANOFRAMEWORK_1_0.
    /// </summary>
    public static class RefStore
    {
#if !NANOFRAMEWORK_1_0
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
#endif
        public static void Put(object[] a, int i, object v)
        {
#if NANOFRAMEWORK_1_0
            a[i] = v;
#else
            if ((uint)i >= (uint)a.Length)
            {
                OutOfRange();
            }
            System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(a), i) = v;
#endif
        }

#if !NANOFRAMEWORK_1_0
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void OutOfRange()
        {
            throw new System.IndexOutOfRangeException();
        }
#endif
    }
}
