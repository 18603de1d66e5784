namespace MicroPy.Core
{
    /// <summary>Methods and operators of set and frozenset.</summary>
    public sealed class SetTable : NativeTable
    {
        public static readonly SetTable Instance = new SetTable();

        private SetTable() : base(new string[]
        {
            "add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update",
            "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference", "symmetric_difference_update",
            "union", "update", "__contains__", "__len__", "__iter__",
        })
        {
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (kwc != 0)
            {
                throw Err.Type(cls.Name + "() takes no keyword arguments");
            }
            if (argc > 1)
            {
                throw Err.Type(cls.Name + " expected at most 1 argument, got " + Ops.IntToString(argc));
            }
            bool frozen = cls.IsSubtypeOf(PySet.FrozenSetType);
            PySet s = cls == PySet.SetType || cls == PySet.FrozenSetType ? new PySet(frozen) : new PySet(frozen, cls);
            if (argc == 1)
            {
                AddAll(s, args[0]);
            }
            return s;
        }

        internal static void AddAll(PySet s, object iterable)
        {
            PySet other = iterable as PySet;
            if (other != null)
            {
                for (int i = other.Table.NextEntry(-1); i >= 0; i = other.Table.NextEntry(i))
                {
                    s.Add(other.Table.KeyAt(i));
                }
                return;
            }
            object it = Ops.GetIter(iterable);
            object v;
            while ((v = Ops.Next(it)) != null)
            {
                s.Add(v);
            }
        }

        internal static PySet ToFrozen(PySet s)
        {
            PySet f = new PySet(true);
            AddAll(f, s);
            return f;
        }

        private static PySet Self(object o, string method)
        {
            PySet s = Ops.NativeSelf(o) as PySet;
            if (s == null)
            {
                throw Err.Type("descriptor '" + method + "' requires a 'set' object");
            }
            return s;
        }

        private static PySet Same(PySet s)
        {
            return new PySet(s.Frozen);
        }

        private static PySet AsSet(object o)
        {
            PySet s = o as PySet;
            if (s != null)
            {
                return s;
            }
            s = new PySet();
            AddAll(s, o);
            return s;
        }

        private static void CheckMutable(PySet s, string method)
        {
            if (s.Frozen)
            {
                throw Err.Attribute("'frozenset' object has no attribute '" + method + "'");
            }
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            string name = Names[id];
            PySet s = Self(args[0], name);
            switch (id)
            {
                case 0:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    s.Add(args[1]);
                    return PyNone.None;
                case 1:
                    CheckMutable(s, name);
                    s.Table.Clear();
                    return PyNone.None;
                case 2:
                    {
                        PySet c = Same(s);
                        AddAll(c, s);
                        return c;
                    }
                case 3:
                case 4:
                    {
                        if (id == 4)
                        {
                            CheckMutable(s, name);
                        }
                        PySet r = Same(s);
                        AddAll(r, s);
                        for (int k = 1; k < argc; k++)
                        {
                            PySet o = AsSet(args[k]);
                            for (int i = o.Table.NextEntry(-1); i >= 0; i = o.Table.NextEntry(i))
                            {
                                r.Discard(o.Table.KeyAt(i));
                            }
                        }
                        if (id == 4)
                        {
                            Replace(s, r);
                            return PyNone.None;
                        }
                        return r;
                    }
                case 5:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    s.Discard(Key(args[1]));
                    return PyNone.None;
                case 6:
                case 7:
                    {
                        if (id == 7)
                        {
                            CheckMutable(s, name);
                        }
                        PySet r = Same(s);
                        AddAll(r, s);
                        for (int k = 1; k < argc; k++)
                        {
                            PySet o = AsSet(args[k]);
                            PySet keep = Same(s);
                            for (int i = r.Table.NextEntry(-1); i >= 0; i = r.Table.NextEntry(i))
                            {
                                object key = r.Table.KeyAt(i);
                                if (o.Has(key))
                                {
                                    keep.Add(key);
                                }
                            }
                            r = keep;
                        }
                        if (id == 7)
                        {
                            Replace(s, r);
                            return PyNone.None;
                        }
                        return r;
                    }
                case 8:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        PySet o = AsSet(args[1]);
                        for (int i = s.Table.NextEntry(-1); i >= 0; i = s.Table.NextEntry(i))
                        {
                            if (o.Has(s.Table.KeyAt(i)))
                            {
                                return PyBool.False;
                            }
                        }
                        return PyBool.True;
                    }
                case 9:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return PyBool.From(IsSubset(s, AsSet(args[1])));
                case 10:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return PyBool.From(IsSubset(AsSet(args[1]), s));
                case 11:
                    {
                        CheckMutable(s, name);
                        int i = s.Table.NextEntry(-1);
                        if (i < 0)
                        {
                            throw Err.Make(PyExc.KeyError, "pop from an empty set");
                        }
                        object key = s.Table.KeyAt(i);
                        s.Discard(key);
                        return key;
                    }
                case 12:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    if (!s.Discard(Key(args[1])))
                    {
                        throw Err.Key(args[1]);
                    }
                    return PyNone.None;
                case 13:
                case 14:
                    {
                        if (id == 14)
                        {
                            CheckMutable(s, name);
                        }
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        PySet r = SymDiff(s, AsSet(args[1]));
                        if (id == 14)
                        {
                            Replace(s, r);
                            return PyNone.None;
                        }
                        return r;
                    }
                case 15:
                case 16:
                    {
                        if (id == 16)
                        {
                            CheckMutable(s, name);
                            for (int k = 1; k < argc; k++)
                            {
                                AddAll(s, args[k]);
                            }
                            return PyNone.None;
                        }
                        PySet r = Same(s);
                        AddAll(r, s);
                        for (int k = 1; k < argc; k++)
                        {
                            AddAll(r, args[k]);
                        }
                        return r;
                    }
                case 17:
                    return PyBool.From(s.Contains(args[1]));
                case 18:
                    return PyInt.Create(s.Count);
                default:
                    return s.Iter();
            }
        }

        private static object Key(object k)
        {
            PySet s = k as PySet;
            return s != null && !s.Frozen ? ToFrozen(s) : k;
        }

        private static void Replace(PySet s, PySet r)
        {
            s.Table.Clear();
            AddAll(s, r);
        }

        private static bool IsSubset(PySet a, PySet b)
        {
            if (a.Count > b.Count)
            {
                return false;
            }
            for (int i = a.Table.NextEntry(-1); i >= 0; i = a.Table.NextEntry(i))
            {
                if (!b.Has(a.Table.KeyAt(i)))
                {
                    return false;
                }
            }
            return true;
        }

        private static PySet SymDiff(PySet a, PySet b)
        {
            PySet r = Same(a);
            for (int i = a.Table.NextEntry(-1); i >= 0; i = a.Table.NextEntry(i))
            {
                object k = a.Table.KeyAt(i);
                if (!b.Has(k))
                {
                    r.Add(k);
                }
            }
            for (int i = b.Table.NextEntry(-1); i >= 0; i = b.Table.NextEntry(i))
            {
                object k = b.Table.KeyAt(i);
                if (!a.Has(k))
                {
                    r.Add(k);
                }
            }
            return r;
        }

        internal static object Operator(PySet s, int op, object other, bool inplace)
        {
            PySet o = other as PySet;
            if (o == null)
            {
                return Ops.NotImplemented;
            }
            PySet r;
            switch (op)
            {
                case PyOp.Or:
                    r = Same(s);
                    AddAll(r, s);
                    AddAll(r, o);
                    break;
                case PyOp.And:
                    r = Same(s);
                    for (int i = s.Table.NextEntry(-1); i >= 0; i = s.Table.NextEntry(i))
                    {
                        object k = s.Table.KeyAt(i);
                        if (o.Has(k))
                        {
                            r.Add(k);
                        }
                    }
                    break;
                case PyOp.Sub:
                    r = Same(s);
                    for (int i = s.Table.NextEntry(-1); i >= 0; i = s.Table.NextEntry(i))
                    {
                        object k = s.Table.KeyAt(i);
                        if (!o.Has(k))
                        {
                            r.Add(k);
                        }
                    }
                    break;
                case PyOp.Xor:
                    r = SymDiff(s, o);
                    break;
                default:
                    return Ops.NotImplemented;
            }
            if (inplace && !s.Frozen)
            {
                Replace(s, r);
                return s;
            }
            return r;
        }

        internal static object CompareSets(PySet s, int op, object other)
        {
            PySet o = other as PySet;
            if (o == null)
            {
                return op == PyOp.Eq ? PyBool.False : op == PyOp.Ne ? (object)PyBool.True : Ops.NotImplemented;
            }
            switch (op)
            {
                case PyOp.Eq:
                    return PyBool.From(s.Count == o.Count && IsSubset(s, o));
                case PyOp.Ne:
                    return PyBool.From(!(s.Count == o.Count && IsSubset(s, o)));
                case PyOp.Le:
                    return PyBool.From(IsSubset(s, o));
                case PyOp.Lt:
                    return PyBool.From(s.Count < o.Count && IsSubset(s, o));
                case PyOp.Ge:
                    return PyBool.From(IsSubset(o, s));
                case PyOp.Gt:
                    return PyBool.From(s.Count > o.Count && IsSubset(o, s));
            }
            return Ops.NotImplemented;
        }
    }
}
