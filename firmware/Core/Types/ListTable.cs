using MicroPy.Objects;

namespace MicroPy.Types
{
    /// <summary>list methods and the list constructor.</summary>
    public sealed class ListTable : NativeTable
    {
        private static ListTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static ListTable Instance
        {
            get { return s_instance ?? (s_instance = new ListTable()); }
        }

        private const int AppendId = 0;
        private const int PopId = 7;

        private static readonly object[] s_sorting = new object[0];

        private ListTable() : base(new string[]
        {
            "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
            "__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__", "__iter__",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Append = 0;
            public const int Clear = 1;
            public const int Copy = 2;
            public const int Count = 3;
            public const int Extend = 4;
            public const int Index = 5;
            public const int Insert = 6;
            public const int Pop = 7;
            public const int Remove = 8;
            public const int Reverse = 9;
            public const int Sort = 10;
            public const int Getitem = 11;
            public const int Setitem = 12;
            public const int Delitem = 13;
            public const int Len = 14;
            public const int Contains = 15;
            public const int Iter = 16;
        }

        public override int FastKind(int id)
        {
            return id == AppendId ? PyNativeFunction.FastListAppend : id == PopId ? PyNativeFunction.FastListPop : 0;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (kwc > 0)
            {
                throw Err.Type("list() takes no keyword arguments");
            }
            if (argc > 1)
            {
                throw Err.Type("list expected at most 1 argument, got " + Ops.IntToString(argc));
            }
            PyList l;
            if (argc == 1)
            {
                object[] items = Ops.ToArray(args[0]);
                l = new PyList(items, items.Length);
            }
            else
            {
                l = new PyList();
            }
            if (cls != PyList.TypeObject)
            {
                PyInstance inst = Ops.CreateInstance(cls, args, 0, 0) as PyInstance;
                if (inst != null)
                {
                    inst.Native = l;
                    return inst;
                }
            }
            return l;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            PyList l = Ops.NativeSelf(args[0]) as PyList;
            if (l == null)
            {
                throw Err.Type("descriptor '" + Names[id] + "' requires a 'list' object");
            }
            string name = Names[id];
            switch (id)
            {
                case AppendId:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    l.Append(args[1]);
                    return PyNone.None;
                case Id.Clear:
                    Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                    l.Items = new object[4];
                    l.Count = 0;
                    return PyNone.None;
                case Id.Copy:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        object[] c = new object[l.Count];
                        System.Array.Copy(l.Items, c, l.Count);
                        return new PyList(c, c.Length);
                    }
                case Id.Count:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        int n = 0;
                        for (int i = 0; i < l.Count; i++)
                        {
                            if (Ops.Eq(l.Items[i], args[1]))
                            {
                                n++;
                            }
                        }
                        return PyInt.Create(n);
                    }
                case Id.Extend:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        object[] src = Ops.ToArray(args[1]);
                        for (int i = 0; i < src.Length; i++)
                        {
                            l.Append(src[i]);
                        }
                        return PyNone.None;
                    }
                case Id.Index:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 3);
                        int start = 0;
                        int stop = l.Count;
                        Bounds(args, argc, l.Count, ref start, ref stop);
                        for (int i = start; i < stop && i < l.Count; i++)
                        {
                            if (Ops.Eq(l.Items[i], args[1]))
                            {
                                return PyInt.Create(i);
                            }
                        }
                        throw Err.Value(Ops.Repr(args[1]) + " is not in list");
                    }
                case Id.Insert:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 2, 2);
                        long i = Ops.ToSize(args[1]);
                        if (i < 0)
                        {
                            i += l.Count;
                            if (i < 0)
                            {
                                i = 0;
                            }
                        }
                        if (i > l.Count)
                        {
                            i = l.Count;
                        }
                        l.Insert((int)i, args[2]);
                        return PyNone.None;
                    }
                case PopId:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 1);
                        if (argc > 1 && !(args[1] is PyInt || args[1] is PyBigInt || args[1] is PyBool || args[1] is PyInstance))
                        {
                            // The index's type is checked first, as CPython does ([].pop('a') is a TypeError).
                            throw Err.Type("'" + Ops.TypeName(args[1]) + "' object cannot be interpreted as an integer");
                        }
                        if (argc > 1 && args[1] is PyBigInt)
                        {
                            // Not an index but a Py_ssize_t argument: too large before any range check (CPython).
                            throw Err.Overflow("Python int too large to convert to C ssize_t");
                        }
                        if (l.Count == 0)
                        {
                            throw Err.Index("pop from empty list");
                        }
                        int i = argc > 1 ? Ops.SeqIndex(args[1], l.Count, "pop index out of range") : l.Count - 1;
                        object v = l.Items[i];
                        l.RemoveAt(i);
                        return v;
                    }
                case Id.Remove:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                        for (int i = 0; i < l.Count; i++)
                        {
                            if (Ops.Eq(l.Items[i], args[1]))
                            {
                                // The item's __eq__ may have shortened the list (CPython then removes nothing).
                                if (i < l.Count)
                                {
                                    l.RemoveAt(i);
                                }
                                return PyNone.None;
                            }
                        }
                        throw Err.Value("list.remove(x): x not in list");
                    }
                case Id.Reverse:
                    Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                    Ops.Reverse(l.Items, l.Count);
                    return PyNone.None;
                case Id.Sort:
                    {
                        if (argc > 1)
                        {
                            throw Err.Type("sort() takes no positional arguments");
                        }
                        object key = Ops.KwArg(args, argc, kwc, "key");
                        object rev = Ops.KwArg(args, argc, kwc, "reverse");
                        if (kwc > (key != null ? 1 : 0) + (rev != null ? 1 : 0))
                        {
                            throw Err.Type("sort() got an unexpected keyword argument");
                        }
                        // As CPython: the list looks empty while sorting; a change made meanwhile is an error.
                        object[] items = l.Items;
                        int n = l.Count;
                        l.Items = s_sorting;
                        l.Count = 0;
                        bool modified;
                        try
                        {
                            Sort.Run(items, n, key, rev != null && Ops.IsTrue(rev));
                        }
                        finally
                        {
                            modified = l.Items != s_sorting || l.Count != 0;
                            l.Items = items;
                            l.Count = n;
                        }
                        if (modified)
                        {
                            throw Err.Value("list modified during sort");
                        }
                        return PyNone.None;
                    }
                case Id.Getitem:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return l.GetItem(args[1]);
                case Id.Setitem:
                    Ops.CheckArgs(name, argc - 1, kwc, 2, 2);
                    l.SetItem(args[1], args[2]);
                    return PyNone.None;
                case Id.Delitem:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    l.DelItem(args[1]);
                    return PyNone.None;
                case Id.Len:
                    return PyInt.Create(l.Count);
                case Id.Contains:
                    Ops.CheckArgs(name, argc - 1, kwc, 1, 1);
                    return PyBool.From(l.Contains(args[1]));
                default:
                    return l.Iter();
            }
        }

        public static void Bounds(object[] args, int argc, int count, ref int start, ref int stop)
        {
            if (argc > 2)
            {
                start = Clamp(Ops.ClampIndex(args[2]), count);
            }
            if (argc > 3)
            {
                stop = Clamp(Ops.ClampIndex(args[3]), count);
            }
        }

        private static int Clamp(int i, int count)
        {
            if (i < 0)
            {
                i += count;
                if (i < 0)
                {
                    i = 0;
                }
            }
            return i > count ? count : i;
        }
    }
}
