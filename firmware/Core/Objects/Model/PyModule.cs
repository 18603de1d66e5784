namespace MicroPy.Objects
{
    /// <summary>A module: a name and a globals dict. Builtin modules fill the dict from their table on first use
    /// (LazyMembers ones member by member, on first lookup of each name).</summary>
    public sealed class PyModule : PyObject
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
            get { return s_typeObject ?? (s_typeObject = PyType.Native("module", null, null)); }
        }

        public readonly string Name;
        private PyDict _dict;
        private NativeModule _native;
        /// <summary>Members of a LazyMembers module deleted before or after their creation (not created again).</summary>
        private bool[] _deleted;

        public PyModule(string name, PyDict dict)
        {
            Name = name;
            _dict = dict;
        }

        public PyModule(string name, NativeModule native)
        {
            Name = name;
            _native = native;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        /// <summary>True for the module object of builtin module native.</summary>
        public bool Wraps(NativeModule native)
        {
            return native != null && _native == native;
        }

        public PyDict Dict
        {
            get
            {
                if (_dict == null)
                {
                    _dict = BuildDict();
                }
                return _dict;
            }
        }

        private PyDict BuildDict()
        {
            NativeModule nm = _native;
            PyDict d = new PyDict(nm.LazyMembers ? 8 : nm.Names.Length + 1);
            d.SetStr("__name__", Name);
            _dict = d;
            if (!nm.LazyMembers)
            {
                FullDict();
            }
            nm.Init(this, d);
            return d;
        }

        /// <summary>Dict with every member of a LazyMembers module materialised (dir(), __dict__).</summary>
        public PyDict FullDict()
        {
            PyDict d = Dict;
            if (_native != null)
            {
                string[] names = _native.Names;
                for (int i = 0; i < names.Length; i++)
                {
                    if (d.GetStr(names[i]) == null && !Deleted(i))
                    {
                        Member(i);
                    }
                }
            }
            return d;
        }

        private object Member(int i)
        {
            // A builtin module's members are in ROM on MicroPython: made on first use here, they do not count
            // against a heap held by gc.disable().
            long held = HeapHold.Pause();
            try
            {
                NativeModule nm = _native;
                int kind = nm.Kind(i);
                object v = kind == NativeTable.MemberValue ? nm.GetValue(i) : new PyNativeFunction(nm, i, kind, null);
                _dict.SetStr(nm.Names[i], v);
                return v;
            }
            finally
            {
                HeapHold.Resume(held);
            }
        }

        public override object GetAttr(string name)
        {
            object v = Dict.GetStr(name);
            if (v != null)
            {
                return v;
            }
            if (_native != null && _native.LazyMembers)
            {
                int i = _native.IndexOf(name);
                if (i >= 0 && !Deleted(i))
                {
                    return Member(i);
                }
            }
            if (name == "__dict__")
            {
                return FullDict();
            }
            return null;
        }

        public override bool SetAttr(string name, object value)
        {
            if (_native != null && !_native.Writable)
            {
                return false;
            }
            Dict.SetStr(name, value);
            return true;
        }

        public override bool DelAttr(string name)
        {
            if (_native != null && !_native.Writable)
            {
                return false;
            }
            bool removed = Dict.Remove(name);
            if (_native != null && _native.LazyMembers)
            {
                int i = _native.IndexOf(name);
                if (i >= 0 && !Deleted(i))
                {
                    if (_deleted == null)
                    {
                        _deleted = new bool[_native.Names.Length];
                    }
                    _deleted[i] = true;
                    return true;
                }
            }
            return removed;
        }

        private bool Deleted(int i)
        {
            return _deleted != null && _deleted[i];
        }

        public override string Repr()
        {
            object file = _native == null ? Dict.GetStr("__file__") : null;
            if (file != null)
            {
                return "<module '" + Name + "' from '" + Ops.Str(file) + "'>";
            }
            return "<module '" + Name + "'>";
        }
    }
}
