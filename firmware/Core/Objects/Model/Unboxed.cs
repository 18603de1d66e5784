namespace MicroPy.Objects
{
    /// <summary>The markers of a value held unboxed in a parallel long array: the VM's stack and locals, and the
    /// values of dict entries the VM rebinds (instance attributes, module globals).</summary>
    public static class Unboxed
    {
        /// <summary>The value is the int in the long slot.</summary>
        public static readonly object Int = new Marker();

        /// <summary>The value is the float whose bits are in the long slot.</summary>
        public static readonly object Float = new Marker();

        /// <summary>Code compiled ahead of time only: the float is in the body's own double local (the slot's twin),
        /// the long is stale. Never leaves the body: the bits are written back (Unboxed.Float) before the value does.</summary>
        public static readonly object Double = new Marker();

        private sealed class Marker
        {
        }
    }
}
