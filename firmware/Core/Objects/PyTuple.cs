namespace MicroPy.Core
{
    /// <summary>tuple. Items is owned by the tuple and never mutated after construction.</summary>
    public sealed class PyTuple : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("tuple", TupleTable.Instance, null);
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
            int i = Ops.ToIndex(key);
            if (i < 0)
            {
                i += Items.Length;
            }
            if (i < 0 || i >= Items.Length)
            {
                throw Err.Index("tuple index out of range");
            }
            return Items[i];
        }

        public override object Iter()
        {
            return new PySeqIterator(Items, Items.Length);
        }

        public override int Hash()
        {
            int h = 0x345678;
            for (int i = 0; i < Items.Length; i++)
            {
                h = (h ^ Ops.Hash(Items[i])) * 1000003;
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
            if (Items.Length == 1)
            {
                return "(" + Ops.Repr(Items[0]) + ",)";
            }
            StrBuf sb = new StrBuf();
            sb.Append('(');
            for (int i = 0; i < Items.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                sb.Append(Ops.Repr(Items[i]));
            }
            sb.Append(')');
            return sb.ToString();
        }
    }
}
