namespace MicroPy.Objects
{
    /// <summary>
    /// A Python type: builtin (backed by a NativeTable) or a user class (backed by its dict).
    /// Builtin types are static readonly fields named TypeObject on the class that implements them.
    /// </summary>
    public sealed class PyType : PyObject
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

        public static readonly PyType TypeType = new PyType("type", null, null, false);
        private static PyType s_objectType;

        /// <summary>object; created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static PyType ObjectType
        {
            get { return s_objectType ?? (s_objectType = new PyType("object", ObjectTable.Instance, null, false)); }
        }

        public string Name;
        public PyType[] Bases;
        public PyType[] Mro;
        /// <summary>Member dict. For builtin types built on first use from Table.</summary>
        private PyDict _dict;
        private NativeTable _table;
        /// <summary>For a builtin type whose table lives in the Types layer: its TypeTables id, else -1.</summary>
        private int _tableId = -1;
        /// <summary>Nearest builtin ancestor (ObjectType for plain classes); for builtin types, itself.</summary>
        public PyType NativeBase;
        public bool IsUser;
        /// <summary>Metaclass (null means 'type').</summary>
        public PyType MetaClass;
        /// <summary>Module name for repr of user classes.</summary>
        public string Module;

        private PyType(string name, NativeTable table, PyType baseType, bool isUser)
        {
            Name = name;
            _table = table;
            IsUser = isUser;
            if (baseType == null && name != "object")
            {
                baseType = ObjectType;
            }
            if (baseType != null)
            {
                Bases = new PyType[] { baseType };
                PyType[] bm = baseType.Mro;
                Mro = new PyType[bm.Length + 1];
                Mro[0] = this;
                for (int i = 0; i < bm.Length; i++)
                {
                    Mro[i + 1] = bm[i];
                }
                NativeBase = isUser ? baseType.NativeBase : this;
            }
            else
            {
                Bases = new PyType[0];
                Mro = new PyType[] { this };
                NativeBase = this;
            }
        }

        /// <summary>Declares a builtin type. baseType null means object.</summary>
        public static PyType Native(string name, NativeTable table, PyType baseType)
        {
            return new PyType(name, table, baseType, false);
        }

        /// <summary>Declares a builtin type whose table is TypeTables' tableId, fetched when first needed (a member
        /// lookup or a call of the type), so that the type exists, for arithmetic and type checks, without it.</summary>
        public static PyType Native(string name, int tableId, PyType baseType)
        {
            PyType t = new PyType(name, null, baseType, false);
            t._tableId = tableId;
            return t;
        }

        /// <summary>The builtin type's members and constructor; null for a user class.</summary>
        public NativeTable Table
        {
            get
            {
                if (_table == null && _tableId >= 0)
                {
                    _table = TypeTables.Get(_tableId);
                }
                return _table;
            }
        }

        /// <summary>Creates a user class (class statement or type(name, bases, dict)).</summary>
        public static PyType CreateClass(string name, PyType[] bases, PyDict dict, PyType metaClass)
        {
            PyType first = bases.Length > 0 ? bases[0] : ObjectType;
            PyType t = new PyType(name, null, first, true);
            t.MetaClass = metaClass;
            if (bases.Length == 0)
            {
                bases = new PyType[] { ObjectType };
            }
            t.Bases = bases;
            t.Mro = ComputeMro(t, bases);
            // The native base is the single builtin ancestor; two different ones cannot be combined.
            PyType native = ObjectType;
            for (int i = 0; i < bases.Length; i++)
            {
                PyType nb = bases[i].NativeBase;
                if (nb != ObjectType)
                {
                    if (native != ObjectType && native != nb && !nb.IsSubtypeOf(native) && !native.IsSubtypeOf(nb))
                    {
                        throw Err.Type("multiple bases have instance lay-out conflict");
                    }
                    if (native == ObjectType || nb.IsSubtypeOf(native))
                    {
                        native = nb;
                    }
                }
            }
            t.NativeBase = native;
            object newFn = dict.GetStr("__new__");
            if (newFn is PyFunctionBase)
            {
                // As in CPython, __new__ is a static method even without @staticmethod.
                dict.SetStr("__new__", new PyStaticMethod(newFn));
            }
            t._dict = dict;
            dict.IsClassDict = true;
            PyDict.ClassEpoch++;
            PyDict.ShapeEpoch++;
            object mod = dict.GetStr("__module__");
            t.Module = mod as string;
            return t;
        }

        private static PyType[] ComputeMro(PyType t, PyType[] bases)
        {
            // C3 linearisation over arrays (no generics).
            int n = bases.Length;
            PyType[][] seqs = new PyType[n + 1][];
            for (int i = 0; i < n; i++)
            {
                seqs[i] = bases[i].Mro;
            }
            seqs[n] = bases;
            int[] pos = new int[n + 1];
            PyType[] result = new PyType[16];
            int count = 0;
            result[count++] = t;
            while (true)
            {
                PyType candidate = null;
                bool any = false;
                for (int i = 0; i <= n && candidate == null; i++)
                {
                    if (pos[i] >= seqs[i].Length)
                    {
                        continue;
                    }
                    any = true;
                    PyType c = seqs[i][pos[i]];
                    bool inTail = false;
                    for (int j = 0; j <= n && !inTail; j++)
                    {
                        for (int k = pos[j] + 1; k < seqs[j].Length; k++)
                        {
                            if (seqs[j][k] == c)
                            {
                                inTail = true;
                                break;
                            }
                        }
                    }
                    if (!inTail)
                    {
                        candidate = c;
                    }
                }
                if (!any)
                {
                    break;
                }
                if (candidate == null)
                {
                    throw Err.Type("Cannot create a consistent method resolution order (MRO)");
                }
                if (count == result.Length)
                {
                    PyType[] grown = new PyType[count * 2];
                    System.Array.Copy(result, grown, count);
                    result = grown;
                }
                result[count++] = candidate;
                for (int i = 0; i <= n; i++)
                {
                    if (pos[i] < seqs[i].Length && seqs[i][pos[i]] == candidate)
                    {
                        pos[i]++;
                    }
                }
            }
            PyType[] mro = new PyType[count];
            System.Array.Copy(result, mro, count);
            return mro;
        }

        public override PyType Type
        {
            get { return MetaClass != null ? MetaClass : TypeType; }
        }

        /// <summary>The type's own member dict (built from the native table on first use).</summary>
        public PyDict Dict
        {
            get
            {
                if (_dict == null)
                {
                    _dict = BuildNativeDict();
                }
                return _dict;
            }
        }

        private PyDict BuildNativeDict()
        {
            // A builtin type's dict is in ROM on MicroPython: it does not count against a heap held by gc.disable().
            long held = HeapHold.Pause();
            try
            {
                return BuildNativeDictNow();
            }
            finally
            {
                HeapHold.Resume(held);
            }
        }

        private PyDict BuildNativeDictNow()
        {
            PyDict d = new PyDict();
            NativeTable table = Table;
            if (table != null)
            {
                string[] names = table.Names;
                for (int i = 0; i < names.Length; i++)
                {
                    int kind = table.Kind(i);
                    object member;
                    if (kind == NativeTable.MemberValue)
                    {
                        member = table.GetValue(i);
                    }
                    else
                    {
                        member = new PyNativeFunction(table, i, kind, this);
                    }
                    d.SetStr(names[i], member);
                }
            }
            d.IsClassDict = true;
            return d;
        }

        public bool IsSubtypeOf(PyType other)
        {
            if (this == other || other == ObjectType)
            {
                return true;
            }
            PyType[] mro = Mro;
            for (int i = 1; i < mro.Length; i++)
            {
                if (mro[i] == other)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Finds name along the MRO; null if absent. No binding.</summary>
        public object Lookup(string name)
        {
            PyType[] mro = Mro;
            for (int i = 0; i < mro.Length; i++)
            {
                object v = mro[i].Dict.GetStr(name);
                if (v != null)
                {
                    return v;
                }
            }
            return null;
        }

        /// <summary>Finds name along the MRO starting after 'after' (for super()).</summary>
        public object LookupAfter(string name, PyType after)
        {
            PyType[] mro = Mro;
            int i = 0;
            while (i < mro.Length && mro[i] != after)
            {
                i++;
            }
            for (i++; i < mro.Length; i++)
            {
                object v = mro[i].Dict.GetStr(name);
                if (v != null)
                {
                    return v;
                }
            }
            return null;
        }

        public override object GetAttr(string name)
        {
            object v = Lookup(name);
            if (v != null)
            {
                return Ops.BindClassAttr(v, this);
            }
            switch (name)
            {
                case "__name__":
                    return Name;
                case "__dict__":
                    return Dict;
                case "__bases__":
                    return new PyTuple(Bases);
                case "__mro__":
                    return new PyTuple(Mro);
                case "__module__":
                    return Module != null ? (object)Module : "builtins";
                case "__class__":
                    return Type;
            }
            if (MetaClass != null)
            {
                object mv = MetaClass.Lookup(name);
                if (mv != null)
                {
                    return Ops.BindInstanceAttr(mv, this);
                }
            }
            return null;
        }

        public override bool SetAttr(string name, object value)
        {
            if (!IsUser)
            {
                throw Err.Type("can't set attributes of built-in/extension type '" + Name + "'");
            }
            _dict.SetStr(name, value);
            return true;
        }

        public override bool DelAttr(string name)
        {
            if (!IsUser)
            {
                return false;
            }
            return _dict.Remove(name);
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            if (this == TypeType)
            {
                if (argc == 1 && kwc == 0)
                {
                    return Ops.TypeOf(args[0]);
                }
                if (argc == 3)
                {
                    return Ops.MakeClass(args[0], args[1], args[2], null);
                }
                throw Err.Type("type() takes 1 or 3 arguments");
            }
            return Ops.Construct(this, args, argc, kwc);
        }

        public override int Hash()
        {
            return Ops.IdHash(this);
        }

        public override string Repr()
        {
            if (IsUser && Module != null && Module != "builtins")
            {
                return "<class '" + Module + "." + Name + "'>";
            }
            return "<class '" + Name + "'>";
        }

        public override bool IsTrue()
        {
            return true;
        }
    }
}
