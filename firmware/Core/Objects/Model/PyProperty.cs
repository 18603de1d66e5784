namespace MicroPy.Objects
{
    /// <summary>property(fget, fset, fdel) with the getter/setter/deleter decorators.</summary>
    public sealed class PyProperty : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("property", PropertyTable.Instance, null)); }
        }

        public object Getter;
        public object Setter;
        public object Deleter;

        public PyProperty(object getter, object setter, object deleter)
        {
            Getter = getter;
            Setter = setter;
            Deleter = deleter;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public object Get(object obj)
        {
            if (Getter == null || Getter == (object)PyNone.None)
            {
                throw Err.Attribute("unreadable attribute");
            }
            return Ops.Call1(Getter, obj);
        }

        public void Set(object obj, object value)
        {
            if (Setter == null || Setter == (object)PyNone.None)
            {
                throw Err.Attribute("can't set attribute");
            }
            Ops.Call2(Setter, obj, value);
        }

        public void Delete(object obj)
        {
            if (Deleter == null || Deleter == (object)PyNone.None)
            {
                throw Err.Attribute("can't delete attribute");
            }
            Ops.Call1(Deleter, obj);
        }

        private sealed class PropertyTable : NativeTable
        {
            private static PropertyTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static PropertyTable Instance
            {
                get { return s_instance ?? (s_instance = new PropertyTable()); }
            }

            private PropertyTable() : base(new string[] { "getter", "setter", "deleter" })
            {
            }

            /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
            public static class Id
            {
                public const int Getter = 0;
                public const int Setter = 1;
                public const int Deleter = 2;
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                Ops.CheckArgs(Names[id], argc, kwc, 2, 2);
                PyProperty p = (PyProperty)args[0];
                PyProperty n = new PyProperty(p.Getter, p.Setter, p.Deleter);
                switch (id)
                {
                    case Id.Getter: n.Getter = args[1]; break;
                    case Id.Setter: n.Setter = args[1]; break;
                    case Id.Deleter: n.Deleter = args[1]; break;
                }
                return n;
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                object g = argc > 0 ? args[0] : Ops.KwArg(args, argc, kwc, "fget");
                object s = argc > 1 ? args[1] : Ops.KwArg(args, argc, kwc, "fset");
                object d = argc > 2 ? args[2] : Ops.KwArg(args, argc, kwc, "fdel");
                return new PyProperty(g, s, d);
            }
        }
    }
}
