namespace MicroPy.Objects
{
    /// <summary>bool: exactly two instances. Numerically an int (Value 0 or 1). (Numbers owner.)</summary>
    public sealed class PyBool : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("bool", BoolTable.Instance, PyInt.TypeObject)); }
        }

        public static readonly PyBool True = new PyBool(true);
        public static readonly PyBool False = new PyBool(false);

        public readonly bool Value;

        private PyBool(bool value)
        {
            Value = value;
        }

        public static PyBool From(bool b)
        {
            return b ? True : False;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override bool IsTrue()
        {
            return Value;
        }

        public override int Hash()
        {
            return Value ? 1 : 0;
        }

        public override string Repr()
        {
            return Value ? "True" : "False";
        }

        public override object BinaryOp(int op, object other)
        {
            PyBool b = other as PyBool;
            if (b != null && (op == PyOp.And || op == PyOp.Or || op == PyOp.Xor))
            {
                return From(op == PyOp.And ? Value & b.Value : op == PyOp.Or ? Value | b.Value : Value ^ b.Value);
            }
            return IntOps.Binary(op, this, other);
        }

        public override object ReflectedOp(int op, object other)
        {
            return IntOps.Binary(op, other, this);
        }

        public override object UnaryOp(int op)
        {
            long v = Value ? 1 : 0;
            switch (op)
            {
                case PyOp.Neg:
                    return PyInt.Create(-v);
                case PyOp.Pos:
                    return PyInt.Create(v);
                case PyOp.Invert:
                    return PyInt.Create(~v);
            }
            return Ops.NotImplemented;
        }

        public override object Compare(int op, object other)
        {
            return IntOps.Compare(op, this, other);
        }

        private sealed class BoolTable : ConstructorTable
        {
            private static BoolTable s_instance;

            /// <summary>Created on first use (nanoCLR runs static constructors eagerly, in type-name order).</summary>
            public static BoolTable Instance
            {
                get { return s_instance ?? (s_instance = new BoolTable()); }
            }

            public override object Construct(PyType cls, object[] args, int argc, int kwc)
            {
                if (kwc > 0 || argc > 1)
                {
                    throw Err.Type("bool() takes at most 1 argument");
                }
                return From(argc == 1 && Ops.IsTrue(args[0]));
            }
        }
    }
}
