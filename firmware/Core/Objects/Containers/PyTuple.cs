namespace MicroPy.Objects
{
    /// <summary>tuple. Items is owned by the tuple and never mutated after construction.</summary>
    public sealed class PyTuple : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("tuple", TypeTables.Tuple, null)); }
        }

        public static readonly PyTuple Empty = new PyTuple(new object[0]);

        public readonly object[] Items;

        /// <summary>Takes ownership of items.</summary>
        public PyTuple(object[] items)
        {
            Items = items;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public int Count
        {
            get { return Items.Length; }
        }

        public override int Len()
        {
            return Items.Length;
        }

        public override object GetItem(object key)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                object[] items = Ops.SliceArray(Items, Items.Length, sl);
                return items.Length == 0 ? Empty : new PyTuple(items);
            }
            return Items[PyList.SeqKey(key, Items.Length, "tuple", "tuple index out of range")];
        }

        public override bool Contains(object item)
        {
            for (int i = 0; i < Items.Length; i++)
            {
                if (Ops.Eq(Items[i], item))
                {
                    return true;
                }
            }
            return false;
        }

        public override bool IsTrue()
        {
            return Items.Length > 0;
        }

        public override object BinaryOp(int op, object other)
        {
            if (op == PyOp.Add)
            {
                PyTuple o = other as PyTuple;
                if (o == null)
                {
                    throw Err.Type("can only concatenate tuple (not \"" + Ops.TypeName(other) + "\") to tuple");
                }
                object[] r = new object[Items.Length + o.Items.Length];
                System.Array.Copy(Items, r, Items.Length);
                System.Array.Copy(o.Items, 0, r, Items.Length, o.Items.Length);
                return new PyTuple(r);
            }
            if (op == PyOp.Mul && (other is PyInt || other is PyBool))
            {
                long times = Ops.ToLong(other);
                if (times < 0 || Items.Length == 0)
                {
                    times = 0;
                }
                int n = Items.Length;
                if (n > 0 && times > int.MaxValue / n)
                {
                    throw Err.Memory("repeated tuple too long");
                }
                Err.Reserve(n * times, 8);
                object[] r = new object[n * times];
                for (long t = 0; t < times; t++)
                {
                    System.Array.Copy(Items, 0, r, (int)(t * n), n);
                }
                return r.Length == 0 ? Empty : new PyTuple(r);
            }
            if (op == PyOp.Mul)
            {
                return PyList.NonIntRepeat(other);
            }
            return Ops.NotImplemented;
        }

        public override object ReflectedOp(int op, object other)
        {
            if (op == PyOp.Mul)
            {
                return other is PyInt || other is PyBool ? BinaryOp(op, other) : PyList.NonIntRepeat(other);
            }
            return Ops.NotImplemented;
        }

        public override object Iter()
        {
            return new PySeqIterator(Items, Items.Length);
        }

        public override int Hash()
        {
            int h = 0x345678;
            Ops.NativeEnter();
            try
            {
                for (int i = 0; i < Items.Length; i++)
                {
                    h = (h ^ Ops.Hash(Items[i])) * 1000003;
                }
            }
            finally
            {
                Ops.NativeLeave();
            }
            return h;
        }

        public override object Compare(int op, object other)
        {
            PyTuple t = other as PyTuple;
            if (t == null)
            {
                return base.Compare(op, other);
            }
            return Ops.CompareSeq(op, Items, Items.Length, t.Items, t.Items.Length);
        }

        public override string Repr()
        {
            StrBuf sb = new StrBuf();
            ReprInto(sb);
            return sb.ToString();
        }

        public override void ReprInto(StrBuf sb)
        {
            Ops.ReprEnter(this);
            try
            {
                sb.Append('(');
                for (int i = 0; i < Items.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    Ops.ReprInto(Items[i], sb);
                }
                sb.Append(Items.Length == 1 ? ",)" : ")");
            }
            finally
            {
                Ops.ReprLeave(this);
            }
        }
    }
}
