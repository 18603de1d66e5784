namespace MicroPy.Core
{
    /// <summary>Methods and operators of set and frozenset.</summary>
    public sealed class SetTable : NativeTable
    {
        private static SetTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static SetTable Instance
        {
            get { return s_instance ?? (s_instance = new SetTable()); }
        }

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

        /// <summary>CPython's set_update_internal: merge a set, reserve for a dict, else add item by item.</summary>
        public static void AddAll(PySet s, object iterable)
        {
            PySet other = iterable as PySet;
            if (other != null)
            {
                s.Table.Merge(other.Table);
                return;
            }
            PyDict d = iterable as PyDict;
            if (d != null)
            {
                s.Table.Reserve(d.Count);
                for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
                {
                    s.Table.Add(d.KeyAt(i));
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

        public static PySet Copy(PySet s)
        {
            PySet r = Same(s);
            r.Table.Merge(s.Table);
            return r;
        }

        private static bool Has(object container, object key)
        {
            PySet s = container as PySet;
            if (s != null)
            {
                return s.Table.Contains(key);
            }
            return ((PyDict)container).Get(key) != null;
        }

        public static PySet Difference(PySet s, object other)
        {
            int size;
            if (other is PySet)
            {
                size = ((PySet)other).Count;
            }
            else if (other is PyDict)
            {
                size = ((PyDict)other).Count;
            }
            else
            {
                size = -1;
            }
            if (size < 0 || (s.Count >> 2) > size)
            {
                PySet c = Copy(s);
                DifferenceUpdate(c, other);
                return c;
            }
            PySet r = Same(s);
            SetHash t = s.Table;
            for (int i = t.NextEntry(-1); i >= 0; i = t.NextEntry(i))
            {
                if (!Has(other, t.KeyAt(i)))
                {
                    r.Table.Add(t.KeyAt(i), t.HashAt(i));
                }
            }
            return r;
        }

        public static void DifferenceUpdate(PySet s, object other)
        {
            if (other == (object)s)
            {
                s.Table.Clear();
                return;
            }
            PySet o = other as PySet;
            if (o != null)
            {
                for (int i = o.Table.NextEntry(-1); i >= 0; i = o.Table.NextEntry(i))
                {
                    s.Table.Remove(o.Table.KeyAt(i), o.Table.HashAt(i));
                }
            }
            else
            {
                object it = Ops.GetIter(other);
                object v;
                while ((v = Ops.Next(it)) != null)
                {
                    s.Table.Remove(v);
                }
            }
            s.Table.Compact();
        }

        public static PySet Intersection(PySet s, object other)
        {
            if (other == (object)s)
            {
                return Copy(s);
            }
            PySet r = Same(s);
            PySet o = other as PySet;
            if (o != null)
            {
                PySet big = s;
                if (o.Count > s.Count)
                {
                    big = o;
                    o = s;
                }
                for (int i = o.Table.NextEntry(-1); i >= 0; i = o.Table.NextEntry(i))
                {
                    object k = o.Table.KeyAt(i);
                    if (big.Table.Contains(k))
                    {
                        r.Table.Add(k, o.Table.HashAt(i));
                    }
                }
                return r;
            }
            object it = Ops.GetIter(other);
            object v;
            while ((v = Ops.Next(it)) != null)
            {
                if (s.Table.Contains(v))
                {
                    r.Table.Add(v);
                }
            }
            return r;
        }

        public static PySet SymmetricDifference(PySet s, object other)
        {
            PySet r = Same(s);
            AddAll(r, other);
            SymmetricDifferenceUpdate(r, s);
            return r;
        }

        public static void SymmetricDifferenceUpdate(PySet s, object other)
        {
            if (other == (object)s)
            {
                s.Table.Clear();
                return;
            }
            PyDict d = other as PyDict;
            if (d != null)
            {
                for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
                {
                    object k = d.KeyAt(i);
                    if (!s.Table.Remove(k))
                    {
                        s.Table.Add(k);
                    }
                }
                return;
            }
            PySet o = other as PySet;
            if (o == null)
            {
                o = Same(s);
                AddAll(o, other);
            }
            for (int i = o.Table.NextEntry(-1); i >= 0; i = o.Table.NextEntry(i))
            {
                object k = o.Table.KeyAt(i);
                int h = o.Table.HashAt(i);
                if (!s.Table.Remove(k, h))
                {
                    s.Table.Add(k, h);
                }
            }
        }

        public static PySet ToFrozen(PySet s)
        {
            PySet f = new PySet(true);
            f.Table.Merge(s.Table);
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
                    return Copy(s);
                case 3:
                    {
                        if (argc == 1)
                        {
                            return Copy(s);
                        }
                        PySet r = Difference(s, args[1]);
                        for (int k = 2; k < argc; k++)
                        {
                            DifferenceUpdate(r, args[k]);
                        }
                        return r;
                    }
                case 4:
                    CheckMutable(s, name);
                    for (int k = 1; k < argc; k++)
                    {
                        DifferenceUpdate(s, args[k]);
                    }
                    return PyNone.None;
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
                        PySet r = argc == 1 ? Copy(s) : s;
                        for (int k = 1; k < argc; k++)
                        {
                            r = Intersection(r, args[k]);
                        }
                        if (id == 7)
                        {
                            s.Table.TakeFrom(r.Table);
                            return PyNone.None;
                        }
                        return r;
                    }
                case 8:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        PySet o = AsSet(args[1]);
                        PySet small = s.Count <= o.Count ? s : o;
                        PySet big = small == s ? o : s;
                        for (int i = small.Table.NextEntry(-1); i >= 0; i = small.Table.NextEntry(i))
                        {
                            if (big.Table.Contains(small.Table.KeyAt(i)))
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
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        object key = s.Table.Pop();
                        if (key == null)
                        {
                            throw Err.Make(PyExc.KeyError, "pop from an empty set");
                        }
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
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return SymmetricDifference(s, args[1]);
                case 14:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    SymmetricDifferenceUpdate(s, args[1]);
                    return PyNone.None;
                case 15:
                    {
                        PySet r = Copy(s);
                        for (int k = 1; k < argc; k++)
                        {
                            if (args[k] != (object)s)
                            {
                                AddAll(r, args[k]);
                            }
                        }
                        return r;
                    }
                case 16:
                    CheckMutable(s, name);
                    for (int k = 1; k < argc; k++)
                    {
                        AddAll(s, args[k]);
                    }
                    return PyNone.None;
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

        private static bool IsSubset(PySet a, PySet b)
        {
            if (a.Count > b.Count)
            {
                return false;
            }
            for (int i = a.Table.NextEntry(-1); i >= 0; i = a.Table.NextEntry(i))
            {
                if (!b.Table.Contains(a.Table.KeyAt(i)))
                {
                    return false;
                }
            }
            return true;
        }

        public static object Operator(PySet s, int op, object other, bool inplace)
        {
            PySet o = other as PySet;
            if (o == null)
            {
                return Ops.NotImplemented;
            }
            // frozenset has no in-place operators: a |= b rebinds a to a | b.
            inplace = inplace && !s.Frozen;
            switch (op)
            {
                case PyOp.Or:
                    if (inplace)
                    {
                        AddAll(s, o);
                        return s;
                    }
                    PySet r = Copy(s);
                    AddAll(r, o);
                    return r;
                case PyOp.And:
                    if (inplace)
                    {
                        s.Table.TakeFrom(Intersection(s, o).Table);
                        return s;
                    }
                    return Intersection(s, o);
                case PyOp.Sub:
                    if (inplace)
                    {
                        DifferenceUpdate(s, o);
                        return s;
                    }
                    return Difference(s, o);
                case PyOp.Xor:
                    if (inplace)
                    {
                        SymmetricDifferenceUpdate(s, o);
                        return s;
                    }
                    return SymmetricDifference(s, o);
            }
            return Ops.NotImplemented;
        }

        public static object CompareSets(PySet s, int op, object other)
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
