namespace MicroPy.Objects
{
    public sealed class PyBoundMethod : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("bound_method", null, null)); }
        }

        public readonly object Self;
        public readonly object Function;

        public PyBoundMethod(object self, object function)
        {
            Self = self;
            Function = function;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override object Call(object[] args, int argc, int kwc)
        {
            return Ops.CallWithSelf(Function, Self, args, argc, kwc);
        }

        public override object GetAttr(string name)
        {
            switch (name)
            {
                case "__self__":
                    return Self;
                case "__func__":
                    return Function;
                case "__name__":
                    return Ops.GetAttr(Function, "__name__");
            }
            return Ops.GetAttrOrNull(Function, name);
        }

        public override object Compare(int op, object other)
        {
            PyBoundMethod m = other as PyBoundMethod;
            if (m != null && (op == PyOp.Eq || op == PyOp.Ne))
            {
                bool eq = m.Self == Self && m.Function == Function;
                return PyBool.From(op == PyOp.Eq ? eq : !eq);
            }
            return base.Compare(op, other);
        }

        public override int Hash()
        {
            return Ops.Hash(Function) ^ Ops.IdHash(Self);
        }

        public override string Repr()
        {
            object n = Ops.GetAttrOrNull(Function, "__name__");
            return "<bound method " + (n != null ? Ops.Str(n) : "?") + " of " + Ops.Repr(Self) + ">";
        }
    }
}
