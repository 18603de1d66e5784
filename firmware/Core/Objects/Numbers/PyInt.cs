namespace MicroPy.Objects
{
    /// <summary>int that fits in a long. Larger values are PyBigInt.</summary>
    public sealed class PyInt : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("int", TypeTables.Int, null)); }
        }

        private const int CacheMin = -5;
        private const int CacheMax = 256;

        /// <summary>The small ints (-5..256) made so far, at value + 5 (null until Create first makes one); compiled
        /// code boxes from it inline. Every int in that range is the one object here, so identity needs no care.</summary>
        public static readonly PyInt[] Small = new PyInt[CacheMax - CacheMin + 1];

        public readonly long Value;

        private PyInt(long value)
        {
            Value = value;
        }

        public static PyInt Create(long value)
        {
            if (value >= CacheMin && value <= CacheMax)
            {
                PyInt[] cache = Small;
                int i = (int)value - CacheMin;
                PyInt v = cache[i];
                if (v == null)
                {
                    // A small int is no heap object in MicroPython: it does not count against a held heap.
                    long held = HeapHold.Pause();
                    v = cache[i] = new PyInt(value);
                    HeapHold.Resume(held);
                }
                return v;
            }
            return new PyInt(value);
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

        /// <summary>CPython's int hash folded to 32 bits: the value itself for small ints, -1 maps to -2.</summary>
        public static int HashOf(long v)
        {
            if (v >= int.MinValue && v <= int.MaxValue)
            {
                return v == -1 ? -2 : (int)v;
            }
            int h = (int)(v ^ (v >> 32));
            return h == -1 ? -2 : h;
        }

        public override string Repr()
        {
            return Ops.LongToString(Value);
        }

        public override object BinaryOp(int op, object other)
        {
            PyInt o = other as PyInt;
            if (o != null)
            {
                return IntOps.LongOp(op, Value, o.Value);
            }
            return IntOps.Binary(op, this, other);
        }

        public override object ReflectedOp(int op, object other)
        {
            return IntOps.Binary(op, other, this);
        }

        public override object GetAttr(string name)
        {
            if (name == "real" || name == "numerator")
            {
                return this;
            }
            if (name == "imag")
            {
                return Create(0);
            }
            if (name == "denominator")
            {
                return Create(1);
            }
            return Ops.GenericGetAttr(this, name);
        }

        public override object UnaryOp(int op)
        {
            switch (op)
            {
                case PyOp.Neg:
                    if (Value != long.MinValue)
                    {
                        return Create(-Value);
                    }
                    break;
                case PyOp.Pos:
                    return this;
                case PyOp.Invert:
                    return Create(~Value);
            }
            return IntOps.Unary(op, this);
        }

        public override object Compare(int op, object other)
        {
            PyInt o = other as PyInt;
            if (o != null)
            {
                long x = Value;
                long y = o.Value;
                return PyBool.From(IntOps.Holds(op, x < y ? -1 : x > y ? 1 : 0));
            }
            return IntOps.Compare(op, this, other);
        }
    }
}
