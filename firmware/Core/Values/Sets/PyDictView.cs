using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>dict.keys()/values()/items(): live views with len, iteration, membership and (keys, items) set ops.</summary>
    public sealed class PyDictView : PyObject
    {
        private static PyType s_keysType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType KeysType
        {
            get { return s_keysType ?? (s_keysType = PyType.Native("dict_keys", ViewTable.Instance, null)); }
        }

        private static PyType s_valuesType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType ValuesType
        {
            get { return s_valuesType ?? (s_valuesType = PyType.Native("dict_values", null, null)); }
        }

        private static PyType s_itemsType;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType ItemsType
        {
            get { return s_itemsType ?? (s_itemsType = PyType.Native("dict_items", ViewTable.Instance, null)); }
        }

        /// <summary>isdisjoint() of the keys and items views.</summary>
        private sealed class ViewTable : NativeTable
        {
            private static ViewTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static ViewTable Instance
            {
                get { return s_instance ?? (s_instance = new ViewTable()); }
            }

            private ViewTable() : base(new string[] { "isdisjoint" })
            {
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyDictView v = args[0] as PyDictView;
                if (v == null)
                {
                    throw Err.Type("descriptor 'isdisjoint' requires a dict view");
                }
                Ops.CheckArgs("isdisjoint", argc - 1, kwc, 1, 1);
                object it = Ops.GetIter(args[1]);
                object x;
                while ((x = Ops.Next(it)) != null)
                {
                    if (v.Contains(x))
                    {
                        return PyBool.False;
                    }
                }
                return PyBool.True;
            }
        }

        public readonly PyDict Dict;
        public readonly int Kind;

        public PyDictView(PyDict dict, int kind)
        {
            Dict = dict;
            Kind = kind;
        }

        public override PyType Type
        {
            get { return Kind == PyDictIterator.Keys ? KeysType : Kind == PyDictIterator.Values ? ValuesType : ItemsType; }
        }

        public override int Len()
        {
            return Dict.Count;
        }

        public override object Iter()
        {
            return new PyDictIterator(Dict, Kind);
        }

        public override bool Contains(object item)
        {
            if (Kind == PyDictIterator.Keys)
            {
                return Dict.Contains(item);
            }
            if (Kind == PyDictIterator.Items)
            {
                PyTuple t = item as PyTuple;
                if (t == null || t.Items.Length != 2)
                {
                    return false;
                }
                object v = Dict.Get(t.Items[0]);
                return v != null && Ops.Eq(v, t.Items[1]);
            }
            for (int i = Dict.NextEntry(-1); i >= 0; i = Dict.NextEntry(i))
            {
                if (Ops.Eq(Dict.ValueAt(i), item))
                {
                    return true;
                }
            }
            return false;
        }

        private PySet ToSet()
        {
            PySet s = new PySet();
            SetOps.AddAll(s, this);
            return s;
        }

        public override object BinaryOp(int op, object other)
        {
            return Kind == PyDictIterator.Values ? Ops.NotImplemented : SetOp(op, this, other);
        }

        public override object ReflectedOp(int op, object other)
        {
            return Kind == PyDictIterator.Values ? Ops.NotImplemented : SetOp(op, other, this);
        }

        private static bool IsSetLike(object o)
        {
            PyDictView v = o as PyDictView;
            return o is PySet || (v != null && v.Kind != PyDictIterator.Values);
        }

        /// <summary>CPython's dictviews_or/sub/xor/and: set(left) updated by right (any iterable).</summary>
        private static object SetOp(int op, object left, object right)
        {
            PySet r;
            switch (op)
            {
                case PyOp.Or:
                    r = new PySet();
                    SetOps.AddAll(r, left);
                    SetOps.AddAll(r, right);
                    return r;
                case PyOp.Sub:
                    r = new PySet();
                    SetOps.AddAll(r, left);
                    SetOps.DifferenceUpdate(r, right);
                    return r;
                case PyOp.Xor:
                    r = new PySet();
                    SetOps.AddAll(r, left);
                    SetOps.SymmetricDifferenceUpdate(r, right);
                    return r;
                case PyOp.And:
                    return Intersect(left, right);
            }
            return Ops.NotImplemented;
        }

        private static object Intersect(object left, object right)
        {
            PyDictView self = left as PyDictView;
            object other = right;
            if (self == null || self.Kind == PyDictIterator.Values)
            {
                self = (PyDictView)right;
                other = left;
            }
            int lenSelf = self.Len();
            PySet os = other as PySet;
            if (os != null && os.Type == PySet.SetType && lenSelf <= os.Count)
            {
                return SetOps.Intersection(os, self);
            }
            PyDictView ov = other as PyDictView;
            if (ov != null && ov.Kind != PyDictIterator.Values && ov.Len() > lenSelf)
            {
                other = self;
                self = ov;
            }
            PySet r = new PySet();
            object it = Ops.GetIter(other);
            object x;
            while ((x = Ops.Next(it)) != null)
            {
                if (self.Contains(x))
                {
                    r.Add(x);
                }
            }
            return r;
        }

        public override object Compare(int op, object other)
        {
            if (Kind == PyDictIterator.Values)
            {
                return base.Compare(op, other);
            }
            if (!IsSetLike(other))
            {
                return base.Compare(op, other);
            }
            PyDictView v = other as PyDictView;
            PySet o = v != null ? v.ToSet() : (PySet)other;
            return SetOps.CompareSets(ToSet(), op, o);
        }

        public override string Repr()
        {
            StrBuf sb = new StrBuf();
            sb.Append(Type.Name).Append("([");
            bool first = true;
            object it = Iter();
            object x;
            while ((x = Ops.Next(it)) != null)
            {
                if (!first)
                {
                    sb.Append(", ");
                }
                first = false;
                sb.Append(Ops.Repr(x));
            }
            sb.Append("])");
            return sb.ToString();
        }
    }
}
