using MicroPy.Objects;
using MicroPy.Values;

namespace MicroPy.Types
{
    /// <summary>dict methods and the dict constructor.</summary>
    public sealed class DictTable : NativeTable
    {
        private static DictTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static DictTable Instance
        {
            get { return s_instance ?? (s_instance = new DictTable()); }
        }

        private const int GetId = 3;

        private DictTable() : base(new string[]
        {
            "clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
            "__getitem__", "__setitem__", "__contains__", "__len__", "__delitem__",
        })
        {
        }

        /// <summary>The member ids: each name's index in the table above (NativeTableIdTests checks the pairing).</summary>
        public static class Id
        {
            public const int Clear = 0;
            public const int Copy = 1;
            public const int FromKeys = 2;
            public const int Get = 3;
            public const int Items = 4;
            public const int Keys = 5;
            public const int Pop = 6;
            public const int PopItem = 7;
            public const int SetDefault = 8;
            public const int Update = 9;
            public const int Values = 10;
            public const int Getitem = 11;
            public const int Setitem = 12;
            public const int Contains = 13;
            public const int Len = 14;
            public const int Delitem = 15;
        }

        public override int Kind(int id)
        {
            return id == Id.FromKeys ? MemberClass : MemberMethod;
        }

        public override int FastKind(int id)
        {
            return id == GetId ? PyNativeFunction.FastDictGet : 0;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (argc > 1)
            {
                throw Err.Type("dict expected at most 1 argument, got " + Ops.IntToString(argc));
            }
            PyDict d = new PyDict();
            if (argc == 1)
            {
                Update(d, args[0]);
            }
            for (int i = 0; i < kwc; i++)
            {
                d.Set(args[argc + 2 * i], args[argc + 2 * i + 1]);
            }
            if (cls != PyDict.TypeObject)
            {
                PyInstance inst = Ops.CreateInstance(cls, args, 0, 0) as PyInstance;
                if (inst != null)
                {
                    inst.Native = d;
                    return inst;
                }
            }
            return d;
        }

        public static void Update(PyDict d, object src)
        {
            PyDict sd = Ops.NativeSelf(src) as PyDict;
            if (sd != null)
            {
                for (int i = sd.NextEntry(-1); i >= 0; i = sd.NextEntry(i))
                {
                    d.Set(sd.KeyAt(i), sd.ValueAt(i));
                }
                return;
            }
            object keys = src is PyObject && !(src is PyList) && !(src is PyTuple) ? Ops.GetAttrOrNull(src, "keys") : null;
            if (keys != null)
            {
                object kit = Ops.GetIter(Ops.Call0(keys));
                object k;
                while ((k = Ops.Next(kit)) != null)
                {
                    d.Set(k, Ops.GetItem(src, k));
                }
                return;
            }
            object it = Ops.GetIter(src);
            object item;
            int n = 0;
            while ((item = Ops.Next(it)) != null)
            {
                object[] pair = null;
                try
                {
                    pair = Ops.ToArray(item);
                }
                catch (PyException)
                {
                }
                if (pair == null)
                {
                    // Raised after the handler: on nanoCLR a throw inside one holds a nested-exception slot.
                    throw Err.Type("cannot convert dictionary update sequence element #" + Ops.IntToString(n) + " to a sequence");
                }
                if (pair.Length != 2)
                {
                    throw Err.Value("dictionary update sequence element #" + Ops.IntToString(n) + " has length " + Ops.IntToString(pair.Length) + "; 2 is required");
                }
                d.Set(pair[0], pair[1]);
                n++;
            }
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            if (id == Id.FromKeys)
            {
                // fromkeys(iterable, value=None) as a class method: args[0] is the class.
                Ops.CheckArgs("fromkeys", argc - 1, kwc, 1, 2);
                PyType cls = args[0] as PyType;
                object r = cls != null && cls != PyDict.TypeObject ? Ops.Call0(cls) : new PyDict();
                PyDict rd = (PyDict)Ops.NativeSelf(r);
                object v = argc > 2 ? args[2] : PyNone.None;
                object it = Ops.GetIter(args[1]);
                object k;
                while ((k = Ops.Next(it)) != null)
                {
                    rd.Set(k, v);
                }
                return r;
            }
            PyDict d = Ops.NativeSelf(args[0]) as PyDict;
            if (d == null)
            {
                throw Err.Type("descriptor '" + Names[id] + "' requires a 'dict' object");
            }
            string name = Names[id];
            switch (id)
            {
                case Id.Clear:
                    Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                    d.Clear();
                    return PyNone.None;
                case Id.Copy:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        PyDict c = new PyDict();
                        Update(c, d);
                        return c;
                    }
                case GetId:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 2);
                        object v = d.Get(args[1]);
                        return v ?? (argc > 2 ? args[2] : PyNone.None);
                    }
                case Id.Items:
                    return new PyDictView(d, PyDictIterator.Items);
                case Id.Keys:
                    return new PyDictView(d, PyDictIterator.Keys);
                case Id.Pop:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 2);
                        object v = d.Get(args[1]);
                        if (v == null)
                        {
                            if (argc > 2)
                            {
                                return args[2];
                            }
                            throw Err.Key(args[1]);
                        }
                        d.Remove(args[1]);
                        return v;
                    }
                case Id.PopItem:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 0, 0);
                        int last = -1;
                        for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
                        {
                            last = i;
                        }
                        if (last < 0)
                        {
                            throw Err.Make(PyExc.KeyError, "popitem(): dictionary is empty");
                        }
                        object k = d.KeyAt(last);
                        object v = d.ValueAt(last);
                        d.Remove(k);
                        return new PyTuple(new object[] { k, v });
                    }
                case Id.SetDefault:
                    {
                        Ops.CheckArgs(name, argc - 1, kwc, 1, 2);
                        object v = d.Get(args[1]);
                        if (v != null)
                        {
                            return v;
                        }
                        v = argc > 2 ? args[2] : PyNone.None;
                        d.Set(args[1], v);
                        return v;
                    }
                case Id.Update:
                    {
                        if (argc > 2)
                        {
                            throw Err.Type("update expected at most 1 argument, got " + Ops.IntToString(argc - 1));
                        }
                        if (argc == 2)
                        {
                            Update(d, args[1]);
                        }
                        for (int i = 0; i < kwc; i++)
                        {
                            d.Set(args[argc + 2 * i], args[argc + 2 * i + 1]);
                        }
                        return PyNone.None;
                    }
                case Id.Values:
                    return new PyDictView(d, PyDictIterator.Values);
                case Id.Getitem:
                    {
                        PyInstance inst = args[0] as PyInstance;
                        if (inst != null)
                        {
                            object v = d.Get(args[1]);
                            if (v != null)
                            {
                                return v;
                            }
                            if (inst.Type.Lookup("__missing__") != null)
                            {
                                return Ops.CallMethod1(inst, "__missing__", args[1]);
                            }
                        }
                        return d.GetItem(args[1]);
                    }
                case Id.Setitem:
                    d.SetItem(args[1], args[2]);
                    return PyNone.None;
                case Id.Contains:
                    return PyBool.From(d.Contains(args[1]));
                case Id.Len:
                    return PyInt.Create(d.Count);
                default:
                    d.DelItem(args[1]);
                    return PyNone.None;
            }
        }
    }
}
