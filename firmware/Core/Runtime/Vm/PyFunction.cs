using MicroPy.Objects;

namespace MicroPy.Runtime
{
    /// <summary>A Python function (def, lambda, comprehension body, class body).</summary>
    public sealed class PyFunction : PyFunctionBase
    {
        private int _identity;

        public override int IdentityHash()
        {
            if (_identity == 0)
            {
                _identity = Ops.NewIdentity();
            }
            return _identity;
        }

        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("function", FunctionTable.Instance, null)); }
        }

        public readonly CodeObject Code;
        public readonly PyDict Globals;
        public object[] Defaults;
        public PyDict KwDefaults;
        public PyCell[] Closure;
        public string Name;
        public PyDict Dict;
        /// <summary>The compiled body compiled callers enter directly (Vm.CCallD), when the code has one that fits
        /// this function (Vm.DirectBody); else null.</summary>
        public CompiledCode Direct;

        public PyFunction(CodeObject code, PyDict globals)
        {
            Code = code;
            Globals = globals;
            Name = code.Name;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            return Vm.CallFunction(this, args, argc, kwc);
        }

        public override object GetAttr(string name)
        {
            if (Dict != null)
            {
                object v = Dict.GetStr(name);
                if (v != null)
                {
                    return v;
                }
            }
            switch (name)
            {
                case "__name__":
                    return Name;
                case "__globals__":
                    return Globals;
                case "__module__":
                    {
                        object m = Globals.GetStr("__name__");
                        return m ?? PyNone.None;
                    }
                case "__dict__":
                    if (Dict == null)
                    {
                        Dict = new PyDict();
                    }
                    return Dict;
                case "__doc__":
                    return PyNone.None;
            }
            return Ops.GenericGetAttr(this, name);
        }

        public override bool SetAttr(string name, object value)
        {
            if (name == "__name__")
            {
                Name = value as string ?? Name;
                return true;
            }
            if (Dict == null)
            {
                Dict = new PyDict();
            }
            Dict.SetStr(name, value);
            return true;
        }

        public override string Repr()
        {
            return "<function " + Name + " at 0x" + Ops.HexId(this) + ">";
        }

        /// <summary>Functions are descriptors: looked up on an instance they bind.</summary>
        private sealed class FunctionTable : NativeTable
        {
            private static FunctionTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static FunctionTable Instance
            {
                get { return s_instance ?? (s_instance = new FunctionTable()); }
            }

            private FunctionTable() : base(new string[0])
            {
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                return PyNone.None;
            }
        }
    }
}
