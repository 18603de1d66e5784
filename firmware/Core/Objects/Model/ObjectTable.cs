namespace MicroPy.Objects
{
    /// <summary>Members of 'object', the root of every class.</summary>
    public sealed class ObjectTable : NativeTable
    {
        private static ObjectTable s_instance;

        /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
        public static ObjectTable Instance
        {
            get { return s_instance ?? (s_instance = new ObjectTable()); }
        }

        private const int Init = 0;
        private const int New = 1;
        private const int ReprM = 2;
        private const int StrM = 3;
        private const int EqM = 4;
        private const int NeM = 5;
        private const int HashM = 6;
        private const int SetAttrM = 7;
        private const int DelAttrM = 8;
        private const int GetAttributeM = 9;

        private ObjectTable() : base(new string[]
        {
            "__init__", "__new__", "__repr__", "__str__", "__eq__", "__ne__", "__hash__", "__setattr__", "__delattr__",
            "__getattribute__",
        })
        {
        }

        public override int Kind(int id)
        {
            return id == New ? MemberStatic : MemberMethod;
        }

        public override object Call(int id, object[] args, int argc, int kwc)
        {
            if (argc < 1)
            {
                throw Err.Type("descriptor '" + Names[id] + "' of 'object' object needs an argument");
            }
            object self = args[0];
            switch (id)
            {
                case Init:
                    return PyNone.None;
                case New:
                    {
                        PyType cls = self as PyType;
                        if (cls == null)
                        {
                            throw Err.Type("object.__new__(X): X is not a type object");
                        }
                        if (!cls.IsUser)
                        {
                            if (cls != PyType.ObjectType)
                            {
                                throw Err.Type("object.__new__(" + cls.Name + ") is not safe, use " + cls.Name + ".__new__()");
                            }
                            return Ops.Construct(cls, args, 0, 0);
                        }
                        object[] rest = new object[argc - 1];
                        System.Array.Copy(args, 1, rest, 0, argc - 1);
                        return Ops.CreateInstance(cls, rest, argc - 1, 0);
                    }
                case ReprM:
                    {
                        PyInstance inst = self as PyInstance;
                        if (inst != null)
                        {
                            return inst.DefaultRepr();
                        }
                        return Ops.Repr(self);
                    }
                case StrM:
                    return Ops.Repr(self);
                case EqM:
                    return self == args[1] ? (object)PyBool.True : Ops.NotImplemented;
                case NeM:
                    return self == args[1] ? (object)PyBool.False : Ops.NotImplemented;
                case HashM:
                    return PyInt.Create(Ops.IdHash(self));
                case SetAttrM:
                    {
                        Ops.CheckArgs("__setattr__", argc, kwc, 3, 3);
                        PyInstance inst = self as PyInstance;
                        string name = args[1] as string;
                        if (name == null)
                        {
                            throw Err.Type("attribute name must be string");
                        }
                        if (inst != null)
                        {
                            inst.SetAttrDirect(name, args[2]);
                        }
                        else
                        {
                            Ops.SetAttr(self, name, args[2]);
                        }
                        return PyNone.None;
                    }
                case DelAttrM:
                    {
                        Ops.CheckArgs("__delattr__", argc, kwc, 2, 2);
                        PyInstance inst = self as PyInstance;
                        string name = args[1] as string;
                        if (inst != null && inst.Dict != null && inst.Dict.Remove(name))
                        {
                            return PyNone.None;
                        }
                        throw Err.NoAttribute(self, name);
                    }
                case GetAttributeM:
                    return Ops.GetAttr(self, (string)args[1]);
            }
            return PyNone.None;
        }

        public override object Construct(PyType cls, object[] args, int argc, int kwc)
        {
            if (argc > 0 || kwc > 0)
            {
                throw Err.Type("object() takes no arguments");
            }
            return new PyInstance(cls);
        }
    }
}
