namespace MicroPy.Objects
{
    /// <summary>super(type, obj): attribute lookup that starts after 'type' in obj's MRO.</summary>
    public sealed class PySuper : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("super", SuperTable.Instance, null)); }
        }

        public readonly PyType Start;
        public readonly object Self;

        public PySuper(PyType start, object self)
        {
            Start = start;
            Self = self;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object GetAttr(string name)
        {
            PyType selfType = Self as PyType;
            PyType mroOwner = selfType != null && selfType.IsSubtypeOf(Start) ? selfType : Ops.TypeOf(Self);
            object v = mroOwner.LookupAfter(name, Start);
            if (v == null)
            {
                return null;
            }
            if (selfType != null && mroOwner == selfType)
            {
                if (v is PyFunctionBase)
                {
                    return v;
                }
                return Ops.BindClassAttr(v, selfType);
            }
            return Ops.BindInstanceAttr(v, Self);
        }

        public override string Repr()
        {
            return "<super: <class '" + Start.Name + "'>, <" + Ops.TypeName(Self) + " object>>";
        }

        private sealed class SuperTable : ConstructorTable
        {
            private static SuperTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static SuperTable Instance
            {
                get { return s_instance ?? (s_instance = new SuperTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (argc != 2)
                {
                    // Zero-argument super() is compiled into super(__class__, first_arg) by the compiler.
                    throw Err.Runtime("super(): no arguments");
                }
                PyType t = args[0] as PyType;
                if (t == null)
                {
                    throw Err.Type("super() argument 1 must be type");
                }
                return new PySuper(t, args[1]);
            }
        }
    }
}
