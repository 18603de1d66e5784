namespace MicroPy.Objects
{
    /// <summary>A member of a NativeTable made callable: builtin functions, builtin methods, module functions.</summary>
    public sealed class PyNativeFunction : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("builtin_function_or_method", null, null)); }
        }

        public readonly NativeTable Table;
        public readonly int Id;
        /// <summary>NativeTable.MemberMethod / MemberStatic / MemberClass.</summary>
        public readonly int Kind;
        /// <summary>Type that owns the method (null for module functions).</summary>
        public readonly PyType Owner;
        /// <summary>Set for the calls the VM runs inline: list.append and len(), as CPython 3.11 specializes them,
        /// dict.get and list.pop.</summary>
        public readonly int Fast;

        public const int FastListAppend = 1;
        public const int FastLen = 2;
        public const int FastDictGet = 3;
        public const int FastListPop = 4;

        public PyNativeFunction(NativeTable table, int id, int kind, PyType owner)
        {
            Table = table;
            Id = id;
            Kind = kind;
            Owner = owner;
            Fast = table.FastKind(id);
        }

        public string Name
        {
            get { return Table.Names[Id]; }
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            return Table.Call(Id, args, argc, kwc);
        }

        public override string Repr()
        {
            if (Owner != null)
            {
                return "<method '" + Name + "' of '" + Owner.Name + "' objects>";
            }
            return "<built-in function " + Name + ">";
        }

        public override object GetAttr(string name)
        {
            if (name == "__name__")
            {
                return Name;
            }
            return base.GetAttr(name);
        }
    }
}
