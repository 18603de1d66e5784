namespace MicroPy.Objects
{
    /// <summary>list: Items[0..Count) with spare capacity.</summary>
    public sealed class PyList : PyObject
    {
        private static PyType s_typeObject;

        /// <summary>Created on first use: nanoCLR runs static constructors eagerly in type-name order, so a
        /// static initializer must not read another type's statics (its table, base type, object).</summary>
        public static PyType TypeObject
        {
            get { return s_typeObject ?? (s_typeObject = PyType.Native("list", TypeTables.List, null)); }
        }

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
                Grow();
            }
#if NANOFRAMEWORK_1_0
            Items[Count++] = item;
#else
            RefStore.Put(Items, Count++, item);
#endif
        }

        private void Grow()
        {
            int n = Count < 4 ? 4 : Count + (Count >> 1) + 1;
            Err.Reserve(n, 8);
            object[] grown = new object[n];
            System.Array.Copy(Items, grown, Count);
            Items = grown;
        }

        public override int Len()
        {
            return Count;
        }

        public override object GetItem(object key)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                object[] items = Ops.SliceArray(Items, Count, sl);
                return new PyList(items, items.Length);
            }
            return Items[SeqKey(key, Count, "list", "list index out of range")];
        }

        public override void SetItem(object key, object value)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                SetSlice(sl, value);
                return;
            }
            Items[SeqKey(key, Count, "list", "list assignment index out of range")] = value;
        }

        public override void DelItem(object key)
        {
            PySlice sl = key as PySlice;
            if (sl != null)
            {
                int start;
                int stop;
                int step;
                int n = Ops.SliceIndices(sl, Count, out start, out stop, out step);
                if (n == 0)
                {
                    return;
                }
                bool[] del = new bool[Count];
                for (int k = 0, j = start; k < n; k++, j += step)
                {
                    del[j] = true;
                }
                int w = 0;
                for (int r = 0; r < Count; r++)
                {
                    if (!del[r])
                    {
                        Items[w++] = Items[r];
                    }
                }
                for (int r = w; r < Count; r++)
                {
                    Items[r] = null;
                }
                Count = w;
                return;
            }
            RemoveAt(SeqKey(key, Count, "list", "list assignment index out of range"));
        }

        public void RemoveAt(int i)
        {
            System.Array.Copy(Items, i + 1, Items, i, Count - i - 1);
            Items[--Count] = null;
        }

        public void Insert(int i, object v)
        {
            Append(null);
            System.Array.Copy(Items, i, Items, i + 1, Count - 1 - i);
            Items[i] = v;
        }

        private void SetSlice(PySlice sl, object value)
        {
            int srcLen;
            object[] src = SliceSource(value, out srcLen);
            int start;
            int stop;
            int step;
            int n = Ops.SliceIndices(sl, Count, out start, out stop, out step);
            AssignSlice(start, stop, step, n, src, srcLen);
        }

        /// <summary>self[start:stop:step] = value, the slice's n items adjusted already (Ops.AdjustSlice).</summary>
        public void SetSlice(int start, int stop, int step, int n, object value)
        {
            int srcLen;
            object[] src = SliceSource(value, out srcLen);
            AssignSlice(start, stop, step, n, src, srcLen);
        }

        /// <summary>The items to assign: read in place from another list or a tuple, a copy for anything else or
        /// self.</summary>
        private object[] SliceSource(object value, out int srcLen)
        {
            PyList sl2 = value as PyList;
            if (sl2 != null && sl2 != this)
            {
                srcLen = sl2.Count;
                return sl2.Items;
            }
            PyTuple tup = value as PyTuple;
            object[] src = tup != null ? tup.Items : Ops.ToArray(value);
            srcLen = src.Length;
            return src;
        }

        private void AssignSlice(int start, int stop, int step, int n, object[] src, int srcLen)
        {
            if (step != 1)
            {
                if (srcLen != n)
                {
                    throw Err.Value("attempt to assign sequence of size " + Ops.IntToString(srcLen) + " to extended slice of size " + Ops.IntToString(n));
                }
                for (int k = 0, j = start; k < n; k++, j += step)
                {
                    Items[j] = src[k];
                }
                return;
            }
            if (stop < start)
            {
                stop = start;
            }
            if (srcLen == stop - start)
            {
                // As many items as the slice has: they replace it, the tail stays where it is.
                CopyItems(src, 0, Items, start, srcLen);
                return;
            }
            int newCount = Count - (stop - start) + srcLen;
            if (newCount <= Items.Length)
            {
                // In place: move the tail, then copy the new items in; clear slots freed by shrinking.
                System.Array.Copy(Items, stop, Items, start + srcLen, Count - stop);
                System.Array.Copy(src, 0, Items, start, srcLen);
                for (int k = newCount; k < Count; k++)
                {
                    Items[k] = null;
                }
                Count = newCount;
                return;
            }
            object[] dst = new object[newCount < 4 ? 4 : newCount];
            System.Array.Copy(Items, dst, start);
            System.Array.Copy(src, 0, dst, start, srcLen);
            System.Array.Copy(Items, stop, dst, start + srcLen, Count - stop);
            Items = dst;
            Count = newCount;
        }

        /// <summary>Array.Copy of n items between distinct arrays (or to a lower index of the same one); on desktop
        /// .NET a few items are stored one by one, cheaper than the call's checks (on nanoCLR the native copy is
        /// cheaper than any loop: every IL instruction of one costs tens of machine instructions).</summary>
        private static void CopyItems(object[] src, int si, object[] dst, int di, int n)
        {
#if NANOFRAMEWORK_1_0
            System.Array.Copy(src, si, dst, di, n);
#else
            if (n > 8 || si < 0 || di < 0 || si + n > src.Length || di + n > dst.Length)
            {
                System.Array.Copy(src, si, dst, di, n);
                return;
            }
            for (int k = 0; k < n; k++)
            {
                RefStore.Put(dst, di + k, src[si + k]);
            }
#endif
        }

        public override bool Contains(object item)
        {
            for (int i = 0; i < Count; i++)
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
            return Count > 0;
        }

        public override object BinaryOp(int op, object other)
        {
            if (op == PyOp.Add)
            {
                PyList o = other as PyList;
                if (o == null)
                {
                    throw Err.Type("can only concatenate list (not \"" + Ops.TypeName(other) + "\") to list");
                }
                object[] r = new object[Count + o.Count];
                System.Array.Copy(Items, r, Count);
                System.Array.Copy(o.Items, 0, r, Count, o.Count);
                return new PyList(r, r.Length);
            }
            if (op == PyOp.Mul && (other is PyInt || other is PyBool))
            {
                long times = Ops.ToLong(other);
                if (times < 0 || Count == 0)
                {
                    times = 0;
                }
                if (Count > 0 && times > int.MaxValue / Count)
                {
                    throw Err.Memory("repeated list too long");
                }
                Err.Reserve(Count * times, 8);
                object[] r = new object[Count * times];
                for (long t = 0; t < times; t++)
                {
                    System.Array.Copy(Items, 0, r, (int)(t * Count), Count);
                }
                return new PyList(r, r.Length);
            }
            if (op == PyOp.Mul)
            {
                return NonIntRepeat(other);
            }
            return Ops.NotImplemented;
        }

        public override object ReflectedOp(int op, object other)
        {
            if (op == PyOp.Mul)
            {
                return other is PyInt || other is PyBool ? BinaryOp(op, other) : NonIntRepeat(other);
            }
            return Ops.NotImplemented;
        }

        /// <summary>seq * x for a non-int x: NotImplemented for user objects (they may define __rmul__), else CPython's error.</summary>
        public static object NonIntRepeat(object other)
        {
            if (other is PyInstance)
            {
                return Ops.NotImplemented;
            }
            if (other is PyBigInt)
            {
                throw Err.Overflow("cannot fit 'int' into an index-sized integer");
            }
            throw Err.Type("can't multiply sequence by non-int of type '" + Ops.TypeName(other) + "'");
        }

        /// <summary>An integer index into a sequence of count items; CPython's TypeError for other key types.</summary>
        public static int SeqKey(object key, int count, string kind, string msg)
        {
            if (!(key is PyInt || key is PyBool || key is PyBigInt || key is PyInstance))
            {
                throw Err.Type(kind + " indices must be integers or slices, not " + Ops.TypeName(key));
            }
            return Ops.SeqIndex(key, count, msg);
        }

        public override object InplaceOp(int op, object other)
        {
            if (op == PyOp.Add)
            {
                object[] src = Ops.ToArray(other);
                for (int i = 0; i < src.Length; i++)
                {
                    Append(src[i]);
                }
                return this;
            }
            if (op == PyOp.Mul && (other is PyInt || other is PyBool))
            {
                PyList r = (PyList)BinaryOp(op, other);
                Items = r.Items;
                Count = r.Count;
                return this;
            }
            return Ops.NotImplemented;
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
            // Lengths and items are read afresh after each item comparison: an item's __eq__ may change either list.
            int i = 0;
            Ops.NativeEnter();
            try
            {
                while (i < Count && i < t.Count)
                {
                    object x = Items[i];
                    object y = t.Items[i];
                    if (x != y && !Ops.Eq(x, y))
                    {
                        break;
                    }
                    i++;
                }
                if (i >= Count || i >= t.Count)
                {
                    return Ops.CompareSeq(op, Items, Count - i, t.Items, t.Count - i);
                }
                return op == PyOp.Eq || op == PyOp.Ne ? PyBool.From(op == PyOp.Ne) : Ops.Compare(op, Items[i], t.Items[i]);
            }
            finally
            {
                Ops.NativeLeave();
            }
        }

        public override string Repr()
        {
            StrBuf sb = new StrBuf();
            ReprInto(sb);
            return sb.ToString();
        }

        public override void ReprInto(StrBuf sb)
        {
            if (!Ops.ReprEnter(this))
            {
                sb.Append("[...]");
                return;
            }
            try
            {
                sb.Append('[');
                for (int i = 0; i < Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    Ops.ReprInto(Items[i], sb);
                }
                sb.Append(']');
            }
            finally
            {
                Ops.ReprLeave(this);
            }
        }
    }
}
