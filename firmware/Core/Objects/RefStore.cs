namespace MicroPy.Core
{
    /// <summary>
    /// A store into an object[] without what a plain a[i] = v costs on desktop .NET: the covariance check (a helper
    /// call per store, since an object[] may be a string[]) and the bounds check. The caller has checked
    /// 0 &lt;= i &lt; a.Length. nanoCLR has no covariance helper, so there it is a plain store.
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
            System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(a), i) = v;
#endif
        }
    }
}
