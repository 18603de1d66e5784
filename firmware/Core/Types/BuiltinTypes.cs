using MicroPy.Objects;

namespace MicroPy.Types
{
    /// <summary>Hands the builtin types' method tables of this layer to their type objects one layer down.</summary>
    public sealed class BuiltinTypes : TypeTables
    {
        private static BuiltinTypes s_instance;

        /// <summary>Idempotent; the interpreter calls it before any Python code runs.</summary>
        public static void Install()
        {
            if (s_instance == null)
            {
                s_instance = new BuiltinTypes();
                TypeTables.Install(s_instance);
            }
        }

        protected override NativeTable Table(int id)
        {
            switch (id)
            {
                case Str:
                    return StrTable.Instance;
                case Int:
                    return IntTable.Instance;
                case Float:
                    return FloatTable.Instance;
                case List:
                    return ListTable.Instance;
                case Tuple:
                    return TupleTable.Instance;
                case Dict:
                    return DictTable.Instance;
                case OrderedDict:
                    return OrderedDictTable.Instance;
                case Set:
                    return SetTable.Instance;
                case Bytes:
                    return BytesTable.Instance;
                case Slice:
                    return SliceTable.Instance;
                case ClassMethod:
                    return WrapperTable.ClassMethod;
                case StaticMethod:
                    return WrapperTable.StaticMethod;
            }
            return null;
        }
    }
}
