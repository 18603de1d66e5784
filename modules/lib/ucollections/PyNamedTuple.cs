using MicroPy.Objects;
using MicroPy.Types;

namespace MicroPy.Modules
{
    /// <summary>An instance of a namedtuple type: a tuple whose items are also attributes.</summary>
    public sealed class PyNamedTuple : PyObject
    {
        private readonly PyType _type;
        private readonly NamedTupleTable _table;
        public readonly PyTuple Tuple;

        private PyNamedTuple(PyType type, NamedTupleTable table, object[] items)
        {
            _type = type;
            _table = table;
            Tuple = new PyTuple(items);
        }

        public static PyType MakeType(string name, string[] fields)
        {
            NamedTupleTable t = new NamedTupleTable(fields);
            PyType type = PyType.Native(name, t, PyTuple.TypeObject);
            t.Type = type;
            return type;
        }

        public override PyType Type
        {
            get { return _type; }
        }

        public override object GetAttr(string name)
        {
            string[] f = _table.Fields;
            for (int i = 0; i < f.Length; i++)
            {
                if (f[i] == name)
                {
                    return Tuple.Items[i];
                }
            }
            return Ops.GenericGetAttr(this, name);
        }

        public override int Len()
        {
            return Tuple.Items.Length;
        }

        public override object GetItem(object key)
        {
            return Tuple.GetItem(key);
        }

        public override object Iter()
        {
            return Tuple.Iter();
        }

        public override bool Contains(object item)
        {
            return Tuple.Contains(item);
        }

        public override int Hash()
        {
            return Tuple.Hash();
        }

        public override object Compare(int op, object other)
        {
            PyNamedTuple o = other as PyNamedTuple;
            return Tuple.Compare(op, o != null ? o.Tuple : other);
        }

        public override object BinaryOp(int op, object other)
        {
            PyNamedTuple o = other as PyNamedTuple;
            return Tuple.BinaryOp(op, o != null ? o.Tuple : other);
        }

        public override string Repr()
        {
            StrBuf sb = new StrBuf();
            sb.Append(_type.Name).Append('(');
            for (int i = 0; i < _table.Fields.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                sb.Append(_table.Fields[i]).Append('=').Append(Ops.Repr(Tuple.Items[i]));
            }
            sb.Append(')');
            return sb.ToString();
        }

        private sealed class NamedTupleTable : NativeTable
        {
            public readonly string[] Fields;
            public PyType Type;

            public NamedTupleTable(string[] fields) : base(new string[] { "_fields", "_replace", "_asdict", "count", "index" })
            {
                Fields = fields;
            }

            public override int Kind(int id)
            {
                return id == 0 ? MemberValue : MemberMethod;
            }

            public override object GetValue(int id)
            {
                object[] f = new object[Fields.Length];
                for (int i = 0; i < f.Length; i++)
                {
                    f[i] = Fields[i];
                }
                return new PyTuple(f);
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (argc + kwc > Fields.Length)
                {
                    throw Err.Type("__new__() takes " + Ops.IntToString(Fields.Length + 1) + " positional arguments but " + Ops.IntToString(argc + kwc + 1) + " were given");
                }
                object[] items = new object[Fields.Length];
                for (int i = 0; i < argc; i++)
                {
                    items[i] = args[i];
                }
                for (int k = 0; k < kwc; k++)
                {
                    string n = (string)args[argc + 2 * k];
                    int idx = -1;
                    for (int i = 0; i < Fields.Length; i++)
                    {
                        if (Fields[i] == n)
                        {
                            idx = i;
                        }
                    }
                    if (idx < 0)
                    {
                        throw Err.Type("__new__() got an unexpected keyword argument '" + n + "'");
                    }
                    if (items[idx] != null)
                    {
                        throw Err.Type("__new__() got multiple values for argument '" + n + "'");
                    }
                    items[idx] = args[argc + 2 * k + 1];
                }
                for (int i = 0; i < items.Length; i++)
                {
                    if (items[i] == null)
                    {
                        throw Err.Type("__new__() missing required argument: '" + Fields[i] + "'");
                    }
                }
                return new PyNamedTuple(Type, this, items);
            }

            public override object Call(int id, object[] args, int argc, int kwc)
            {
                PyNamedTuple self = (PyNamedTuple)Ops.NativeSelf(args[0]);
                switch (id)
                {
                    case 1:
                        {
                            object[] items = (object[])self.Tuple.Items.Clone();
                            for (int k = 0; k < kwc; k++)
                            {
                                string n = (string)args[argc + 2 * k];
                                bool found = false;
                                for (int i = 0; i < Fields.Length; i++)
                                {
                                    if (Fields[i] == n)
                                    {
                                        items[i] = args[argc + 2 * k + 1];
                                        found = true;
                                    }
                                }
                                if (!found)
                                {
                                    throw Err.Value("Got unexpected field names: ['" + n + "']");
                                }
                            }
                            return new PyNamedTuple(Type, this, items);
                        }
                    case 2:
                        {
                            PyDict d = new PyDict();
                            for (int i = 0; i < Fields.Length; i++)
                            {
                                d.SetStr(Fields[i], self.Tuple.Items[i]);
                            }
                            return d;
                        }
                    default:
                        return TupleTable.Instance.Call(id - 3, new object[] { self.Tuple, argc > 1 ? args[1] : null }, argc, 0);
                }
            }
        }
    }
}
