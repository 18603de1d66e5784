namespace MicroPy.Core
{
    /// <summary>dict.keys()/values()/items(): live views with len, iteration, membership and (keys, items) set ops.</summary>
    public sealed class PyDictView : PyObject
    {
        public static readonly PyType KeysType = PyType.Native("dict_keys", null, null);
        public static readonly PyType ValuesType = PyType.Native("dict_values", null, null);
        public static readonly PyType ItemsType = PyType.Native("dict_items", null, null);

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
            SetTable.AddAll(s, this);
            return s;
        }

        public override object BinaryOp(int op, object other)
        {
            if (Kind == PyDictIterator.Values)
            {
                return Ops.NotImplemented;
            }
            PySet o = other as PySet;
            if (o == null)
            {
                PyDictView v = other as PyDictView;
                if (v == null)
                {
                    return Ops.NotImplemented;
                }
                o = v.ToSet();
            }
            return SetTable.Operator(ToSet(), op, o, false);
        }

        public override object Compare(int op, object other)
        {
            if (Kind == PyDictIterator.Values)
            {
                return base.Compare(op, other);
            }
            PyDictView v = other as PyDictView;
            PySet o = v != null ? v.ToSet() : other as PySet;
            if (o == null)
            {
                return base.Compare(op, other);
            }
            return SetTable.CompareSets(ToSet(), op, o);
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
