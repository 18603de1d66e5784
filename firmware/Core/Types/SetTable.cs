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
                SetOps.AddAll(s, args[0]);
            }
            return s;
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

        private static PySet AsSet(object o)
        {
            PySet s = o as PySet;
            if (s != null)
            {
                return s;
            }
            s = new PySet();
            SetOps.AddAll(s, o);
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
                    return SetOps.Copy(s);
                case 3:
                    {
                        if (argc == 1)
                        {
                            return SetOps.Copy(s);
                        }
                        PySet r = SetOps.Difference(s, args[1]);
                        for (int k = 2; k < argc; k++)
                        {
                            SetOps.DifferenceUpdate(r, args[k]);
                        }
                        return r;
                    }
                case 4:
                    CheckMutable(s, name);
                    for (int k = 1; k < argc; k++)
                    {
                        SetOps.DifferenceUpdate(s, args[k]);
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
                        PySet r = argc == 1 ? SetOps.Copy(s) : s;
                        for (int k = 1; k < argc; k++)
                        {
                            r = SetOps.Intersection(r, args[k]);
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
                    return PyBool.From(SetOps.IsSubset(s, AsSet(args[1])));
                case 10:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return PyBool.From(SetOps.IsSubset(AsSet(args[1]), s));
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
                    return SetOps.SymmetricDifference(s, args[1]);
                case 14:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    SetOps.SymmetricDifferenceUpdate(s, args[1]);
                    return PyNone.None;
                case 15:
                    {
                        PySet r = SetOps.Copy(s);
                        for (int k = 1; k < argc; k++)
                        {
                            if (args[k] != (object)s)
                            {
                                SetOps.AddAll(r, args[k]);
                            }
                        }
                        return r;
                    }
                case 16:
                    CheckMutable(s, name);
                    for (int k = 1; k < argc; k++)
                    {
                        SetOps.AddAll(s, args[k]);
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
            return s != null && !s.Frozen ? SetOps.ToFrozen(s) : k;
        }
    }
}
