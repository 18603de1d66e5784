namespace MicroPy.Objects
{
    public sealed class PyFloat : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("float", TypeTables.Float, null)); }
        }

        public readonly double Value;

        public PyFloat(double value)
        {
            Value = value;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public override bool IsTrue()
        {
            return Value != 0;
        }

        public override int Hash()
        {
            return HashOf(Value);
        }

        /// <summary>Equal numbers hash equal: an integral float hashes like the int.</summary>
        public static int HashOf(double d)
        {
            if (double.IsNaN(d))
            {
                return 0;
            }
            if (double.IsInfinity(d))
            {
                return System.BitConverter.DoubleToInt64Bits(d) < 0 ? -314159 : 314159;
            }
            double f = FloatOps.Floor(d);
            if (f == d && d > -9.2e18 && d < 9.2e18)
            {
                return PyInt.HashOf((long)d);
            }
            long bits = System.BitConverter.DoubleToInt64Bits(d);
            return (int)(bits ^ (bits >> 32));
        }

        public override string Repr()
        {
            return FloatFormat.Repr(Value);
        }

        public override object BinaryOp(int op, object other)
        {
            double y;
            if (!AsDouble(other, out y))
            {
                return Ops.NotImplemented;
            }
            return FloatOps.Binary(op, Value, y);
        }

        public override object ReflectedOp(int op, object other)
        {
            double x;
            if (!AsDouble(other, out x))
            {
                return Ops.NotImplemented;
            }
            return FloatOps.Binary(op, x, Value);
        }

        private static bool AsDouble(object o, out double d)
        {
            PyFloat f = o as PyFloat;
            if (f != null)
            {
                d = f.Value;
                return true;
            }
            if (IntOps.IsInt(o))
            {
                d = Ops.ToDouble(o);
                return true;
            }
            d = 0;
            return false;
        }

        public override object GetAttr(string name)
        {
            if (name == "real")
            {
                return this;
            }
            if (name == "imag")
            {
                return new PyFloat(0.0);
            }
            return Ops.GenericGetAttr(this, name);
        }

        public override object UnaryOp(int op)
        {
            switch (op)
            {
                case PyOp.Neg:
                    return new PyFloat(-Value);
                case PyOp.Pos:
                    return this;
            }
            return Ops.NotImplemented;
        }

        public override object Compare(int op, object other)
        {
            PyFloat f = other as PyFloat;
            if (f != null)
            {
                if (op < PyOp.Lt || op > PyOp.Ge)
                {
                    return Ops.NotImplemented;
                }
                return PyBool.From(FloatOps.CompareDoubles(op, Value, f.Value));
            }
            if (IntOps.IsInt(other))
            {
                return FloatOps.CompareMixed(op, this, other);
            }
            return Ops.NotImplemented;
        }
    }
}
