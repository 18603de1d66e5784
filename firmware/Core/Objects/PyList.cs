namespace MicroPy.Core
{
    /// <summary>list: Items[0..Count) with spare capacity.</summary>
    public sealed class PyList : PyObject
    {
        public static readonly PyType TypeObject = PyType.Native("list", ListTable.Instance, null);

        public object[] Items;
        public int Count;

        public PyList()
        {
            Items = new object[4];
        }

        public PyList(int capacity)
        {
            Items = new object[capacity < 4 ? 4 : capacity];
        }

        /// <summary>Takes ownership of items[0..count).</summary>
        public PyList(object[] items, int count)
        {
            Items = items;
            Count = count;
        }

        public override PyType Type
        {
            get { return TypeObject; }
        }

        public void Append(object item)
        {
            if (Count == Items.Length)
            {
                object[] grown = new object[Count < 4 ? 4 : Count + (Count >> 1) + 1];
                System.Array.Copy(Items, grown, Count);
                Items = grown;
            }
            Items[Count++] = item;
        }

        public override int Len()
        {
            return Count;
        }

        public override object GetItem(object key)
        {
            int i = Ops.ToIndex(key);
            if (i < 0)
            {
                i += Count;
            }
            if (i < 0 || i >= Count)
            {
                throw Err.Index("list index out of range");
            }
            return Items[i];
        }

        public override void SetItem(object key, object value)
        {
            int i = Ops.ToIndex(key);
            if (i < 0)
            {
                i += Count;
            }
            if (i < 0 || i >= Count)
            {
                throw Err.Index("list assignment index out of range");
            }
            Items[i] = value;
        }

        public override object Iter()
        {
            return new PySeqIterator(this);
        }

        public override int Hash()
        {
            throw Err.Type("unhashable type: 'list'");
        }

        public override object Compare(int op, object other)
        {
            PyList t = other as PyList;
            if (t == null)
            {
                return base.Compare(op, other);
            }
            return Ops.CompareSeq(op, Items, Count, t.Items, t.Count);
        }

        public override string Repr()
        {
            if (!Ops.ReprEnter(this))
            {
                return "[...]";
            }
            try
            {
                StrBuf sb = new StrBuf();
                sb.Append('[');
                for (int i = 0; i < Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    sb.Append(Ops.Repr(Items[i]));
                }
                sb.Append(']');
                return sb.ToString();
            }
            finally
            {
                Ops.ReprLeave(this);
            }
        }
    }
}
