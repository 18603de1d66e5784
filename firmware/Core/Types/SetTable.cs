using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Types
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

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Add = 0;
            public const int Clear = 1;
            public const int Copy = 2;
            public const int Difference = 3;
            public const int DifferenceUpdate = 4;
            public const int Discard = 5;
            public const int Intersection = 6;
            public const int IntersectionUpdate = 7;
            public const int IsDisjoint = 8;
            public const int IsSubset = 9;
            public const int IsSuperset = 10;
            public const int Pop = 11;
            public const int Remove = 12;
            public const int SymmetricDifference = 13;
            public const int SymmetricDifferenceUpdate = 14;
            public const int Union = 15;
            public const int Update = 16;
            public const int Contains = 17;
            public const int Len = 18;
            public const int Iter = 19;
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
                case Id.Add:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    s.Add(args[1]);
                    return PyNone.None;
                case Id.Clear:
                    CheckMutable(s, name);
                    s.Table.Clear();
                    return PyNone.None;
                case Id.Copy:
                    return SetOps.Copy(s);
                case Id.Difference:
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
                case Id.DifferenceUpdate:
                    CheckMutable(s, name);
                    for (int k = 1; k < argc; k++)
                    {
                        SetOps.DifferenceUpdate(s, args[k]);
                    }
                    return PyNone.None;
                case Id.Discard:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    s.Discard(Key(args[1]));
                    return PyNone.None;
                case Id.Intersection:
                case Id.IntersectionUpdate:
                    {
                        if (id == Id.IntersectionUpdate)
                        {
                            CheckMutable(s, name);
                        }
                        PySet r = argc == 1 ? SetOps.Copy(s) : s;
                        for (int k = 1; k < argc; k++)
                        {
                            r = SetOps.Intersection(r, args[k]);
                        }
                        if (id == Id.IntersectionUpdate)
                        {
                            s.Table.TakeFrom(r.Table);
                            return PyNone.None;
                        }
                        return r;
                    }
                case Id.IsDisjoint:
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
                case Id.IsSubset:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return PyBool.From(SetOps.IsSubset(s, AsSet(args[1])));
                case Id.IsSuperset:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return PyBool.From(SetOps.IsSubset(AsSet(args[1]), s));
                case Id.Pop:
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
                case Id.Remove:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    if (!s.Discard(Key(args[1])))
                    {
                        throw Err.Key(args[1]);
                    }
                    return PyNone.None;
                case Id.SymmetricDifference:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return SetOps.SymmetricDifference(s, args[1]);
                case Id.SymmetricDifferenceUpdate:
                    CheckMutable(s, name);
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    SetOps.SymmetricDifferenceUpdate(s, args[1]);
                    return PyNone.None;
                case Id.Union:
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
                case Id.Update:
                    CheckMutable(s, name);
                    for (int k = 1; k < argc; k++)
                    {
                        SetOps.AddAll(s, args[k]);
                    }
                    return PyNone.None;
                case Id.Contains:
                    return PyBool.From(s.Contains(args[1]));
                case Id.Len:
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
