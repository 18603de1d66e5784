namespace MicroPy.Objects
{
    /// <summary>
    /// The method tables of the builtin types str, int, float, list, tuple, dict, OrderedDict, set, frozenset, bytes,
    /// bytearray, slice, classmethod and staticmethod live one layer up (firmware/Core/Types, assembly
    /// MicroPy.Nano.Types): this layer's .pe could not hold them too. Their type objects, created here, fetch their
    /// table from the instance that layer installs (BuiltinTypes.Install, called by the interpreter) when a member is
    /// first looked up or the type is called (PyType.Table); arithmetic and type checks need no table.
    /// </summary>
    public abstract class TypeTables
    {
        public const int Str = 0;
        public const int Int = 1;
        public const int Float = 2;
        public const int List = 3;
        public const int Tuple = 4;
        public const int Dict = 5;
        public const int OrderedDict = 6;
        public const int Set = 7;
        public const int Bytes = 8;
        public const int Slice = 9;
        public const int ClassMethod = 10;
        public const int StaticMethod = 11;

        private static TypeTables s_installed;

        public static void Install(TypeTables tables)
        {
            s_installed = tables;
        }

        public static NativeTable Get(int id)
        {
            if (s_installed == null)
            {
                throw new System.InvalidOperationException("builtin type tables not installed (BuiltinTypes.Install)");
            }
            return s_installed.Table(id);
        }

        /// <summary>The table of builtin type id (one of the constants above).</summary>
        protected abstract NativeTable Table(int id);
    }
}
