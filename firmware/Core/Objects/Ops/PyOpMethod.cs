namespace MicroPy.Objects
{
    /// <summary>
    /// A dunder method of a builtin object ((5).__add__, [].__len__, 'a'.__eq__...): bound to the object, it runs
    /// the same operation the operator would (NotImplemented included), so Python code can call it explicitly.
    /// </summary>
    public sealed class PyOpMethod : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("method-wrapper", null, null)); }
        }

        private readonly object _self;
        private readonly string _name;
        private readonly int _op;
        private readonly int _kind;

        private const int KindBinary = 0;
        private const int KindReflected = 1;
        private const int KindUnary = 2;
        private const int KindCompare = 3;
        private const int KindSpecial = 4;

        private PyOpMethod(object self, string name, int op, int kind)
        {
            _self = self;
            _name = name;
            _op = op;
            _kind = kind;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        private static readonly string[] s_special = new string[]
        {
            "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__next__", "__hash__",
            "__str__", "__repr__", "__bool__", "__int__", "__float__", "__index__", "__abs__",
        };

        /// <summary>The bound dunder for name on a builtin object, or null if it has none.</summary>
        public static object Find(object self, string name)
        {
            for (int op = 0; op < PyOp.BinaryCount; op++)
            {
                if (PyOp.Dunder(op, 0) == name)
                {
                    return new PyOpMethod(self, name, op, KindBinary);
                }
                if (PyOp.Dunder(op, 1) == name)
                {
                    return new PyOpMethod(self, name, op, KindReflected);
                }
            }
            for (int op = PyOp.Lt; op <= PyOp.Ge; op++)
            {
                if (PyOp.Dunder(op, 0) == name)
                {
                    return new PyOpMethod(self, name, op, KindCompare);
                }
            }
            for (int op = PyOp.Neg; op <= PyOp.Invert; op++)
            {
                if (PyOp.Dunder(op, 0) == name)
                {
                    return new PyOpMethod(self, name, op, KindUnary);
                }
            }
            for (int i = 0; i < s_special.Length; i++)
            {
                if (s_special[i] == name)
                {
                    PyObject p = self as PyObject;
                    bool scalar = p is PyInt || p is PyFloat || p is PyBool || p is PyNone || p is PyComplex || p is PyBigInt;
                    if (i <= 6 && (scalar || (p != null && p.Len() < 0 && (i == 0 || i == 1 || i == 2 || i == 3))))
                    {
                        return null;
                    }
                    if ((i == 11 || i == 12 || i == 13) && !scalar)
                    {
                        return null;
                    }
                    return new PyOpMethod(self, name, i, KindSpecial);
                }
            }
            return null;
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            switch (_kind)
            {
                case KindBinary:
                    Ops.CheckArgs(_name, argc, kwc, 1, 1);
                    return ((PyObject)_self).BinaryOp(_op, args[0]);
                case KindReflected:
                    Ops.CheckArgs(_name, argc, kwc, 1, 1);
                    return ((PyObject)_self).ReflectedOp(_op, args[0]);
                case KindCompare:
                    Ops.CheckArgs(_name, argc, kwc, 1, 1);
                    return ((PyObject)_self).Compare(_op, args[0]);
                case KindUnary:
                    Ops.CheckArgs(_name, argc, kwc, 0, 0);
                    return Ops.UnaryOp(_op, _self);
            }
            switch (_name)
            {
                case "__len__":
                    return PyInt.Create(Ops.Len(_self));
                case "__getitem__":
                    return Ops.GetItem(_self, args[0]);
                case "__setitem__":
                    Ops.SetItem(_self, args[0], args[1]);
                    return PyNone.None;
                case "__delitem__":
                    Ops.DelItem(_self, args[0]);
                    return PyNone.None;
                case "__contains__":
                    return PyBool.From(Ops.Contains(_self, args[0]));
                case "__iter__":
                    return Ops.GetIter(_self);
                case "__next__":
                    {
                        object v = Ops.Next(_self);
                        if (v == null)
                        {
                            throw Err.StopIteration(null);
                        }
                        return v;
                    }
                case "__hash__":
                    return PyInt.Create(Ops.Hash(_self));
                case "__str__":
                    return Ops.Str(_self);
                case "__repr__":
                    return Ops.Repr(_self);
                case "__bool__":
                    return PyBool.From(Ops.IsTrue(_self));
                case "__int__":
                case "__index__":
                    return Ops.Call1(PyInt.TypeObject, _self);
                case "__float__":
                    return Ops.Call1(PyFloat.TypeObject, _self);
                default:
                    return Numbers.Abs(_self);
            }
        }

        public override string Repr()
        {
            return "<method-wrapper '" + _name + "' of " + Ops.TypeName(_self) + " object at 0x" + Ops.HexId(this) + ">";
        }
    }
}
