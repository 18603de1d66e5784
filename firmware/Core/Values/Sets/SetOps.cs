using MicroPy.Objects;

namespace MicroPy.Values
{
    /// <summary>
    /// Set algebra on PySet, used by the set and frozenset operators and by dict views; the Python-visible methods
    /// are SetTable's (firmware/Core/Types).
    /// </summary>
    public static class SetOps
    {
        /// <summary>CPython's set_update_internal: merge a set, reserve for a dict, else add item by item.</summary>
        public static void AddAll(PySet s, object iterable)
        {
            PySet other = iterable as PySet;
            if (other != null)
            {
                s.Table.Merge(other.Table);
                return;
            }
            PyDict d = iterable as PyDict;
            if (d != null)
            {
                s.Table.Reserve(d.Count);
                for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
                {
                    s.Table.Add(d.KeyAt(i));
                }
                return;
            }
            object it = Ops.GetIter(iterable);
            object v;
            while ((v = Ops.Next(it)) != null)
            {
                s.Add(v);
            }
        }

        public static PySet Copy(PySet s)
        {
            PySet r = Same(s);
            r.Table.Merge(s.Table);
            return r;
        }

        public static bool Has(object container, object key)
        {
            PySet s = container as PySet;
            if (s != null)
            {
                return s.Table.Contains(key);
            }
            return ((PyDict)container).Get(key) != null;
        }

        public static PySet Difference(PySet s, object other)
        {
            int size;
            if (other is PySet)
            {
                size = ((PySet)other).Count;
            }
            else if (other is PyDict)
            {
                size = ((PyDict)other).Count;
            }
            else
            {
                size = -1;
            }
            if (size < 0 || (s.Count >> 2) > size)
            {
                PySet c = Copy(s);
                DifferenceUpdate(c, other);
                return c;
            }
            PySet r = Same(s);
            SetHash t = s.Table;
            for (int i = t.NextEntry(-1); i >= 0; i = t.NextEntry(i))
            {
                if (!Has(other, t.KeyAt(i)))
                {
                    r.Table.Add(t.KeyAt(i), t.HashAt(i));
                }
            }
            return r;
        }

        public static void DifferenceUpdate(PySet s, object other)
        {
            if (other == (object)s)
            {
                s.Table.Clear();
                return;
            }
            PySet o = other as PySet;
            if (o != null)
            {
                for (int i = o.Table.NextEntry(-1); i >= 0; i = o.Table.NextEntry(i))
                {
                    s.Table.Remove(o.Table.KeyAt(i), o.Table.HashAt(i));
                }
            }
            else
            {
                object it = Ops.GetIter(other);
                object v;
                while ((v = Ops.Next(it)) != null)
                {
                    s.Table.Remove(v);
                }
            }
            s.Table.Compact();
        }

        public static PySet Intersection(PySet s, object other)
        {
            if (other == (object)s)
            {
                return Copy(s);
            }
            PySet r = Same(s);
            PySet o = other as PySet;
            if (o != null)
            {
                PySet big = s;
                if (o.Count > s.Count)
                {
                    big = o;
                    o = s;
                }
                for (int i = o.Table.NextEntry(-1); i >= 0; i = o.Table.NextEntry(i))
                {
                    object k = o.Table.KeyAt(i);
                    if (big.Table.Contains(k))
                    {
                        r.Table.Add(k, o.Table.HashAt(i));
                    }
                }
                return r;
            }
            object it = Ops.GetIter(other);
            object v;
            while ((v = Ops.Next(it)) != null)
            {
                if (s.Table.Contains(v))
                {
                    r.Table.Add(v);
                }
            }
            return r;
        }

        public static PySet SymmetricDifference(PySet s, object other)
        {
            PySet r = Same(s);
            AddAll(r, other);
            SymmetricDifferenceUpdate(r, s);
            return r;
        }

        public static void SymmetricDifferenceUpdate(PySet s, object other)
        {
            if (other == (object)s)
            {
                s.Table.Clear();
                return;
            }
            PyDict d = other as PyDict;
            if (d != null)
            {
                for (int i = d.NextEntry(-1); i >= 0; i = d.NextEntry(i))
                {
                    object k = d.KeyAt(i);
                    if (!s.Table.Remove(k))
                    {
                        s.Table.Add(k);
                    }
                }
                return;
            }
            PySet o = other as PySet;
            if (o == null)
            {
                o = Same(s);
                AddAll(o, other);
            }
            for (int i = o.Table.NextEntry(-1); i >= 0; i = o.Table.NextEntry(i))
            {
                object k = o.Table.KeyAt(i);
                int h = o.Table.HashAt(i);
                if (!s.Table.Remove(k, h))
                {
                    s.Table.Add(k, h);
                }
            }
        }

        public static PySet ToFrozen(PySet s)
        {
            PySet f = new PySet(true);
            f.Table.Merge(s.Table);
            return f;
        }

        public static PySet Same(PySet s)
        {
            return new PySet(s.Frozen);
        }

        public static bool IsSubset(PySet a, PySet b)
        {
            if (a.Count > b.Count)
            {
                return false;
            }
            for (int i = a.Table.NextEntry(-1); i >= 0; i = a.Table.NextEntry(i))
            {
                if (!b.Table.Contains(a.Table.KeyAt(i)))
                {
                    return false;
                }
            }
            return true;
        }

        public static object Operator(PySet s, int op, object other, bool inplace)
        {
            PySet o = other as PySet;
            if (o == null)
            {
                return Ops.NotImplemented;
            }
            // frozenset has no in-place operators: a |= b rebinds a to a | b.
            inplace = inplace && !s.Frozen;
            switch (op)
            {
                case PyOp.Or:
                    if (inplace)
                    {
                        AddAll(s, o);
                        return s;
                    }
                    PySet r = Copy(s);
                    AddAll(r, o);
                    return r;
                case PyOp.And:
                    if (inplace)
                    {
                        s.Table.TakeFrom(Intersection(s, o).Table);
                        return s;
                    }
                    return Intersection(s, o);
                case PyOp.Sub:
                    if (inplace)
                    {
                        DifferenceUpdate(s, o);
                        return s;
                    }
                    return Difference(s, o);
                case PyOp.Xor:
                    if (inplace)
                    {
                        SymmetricDifferenceUpdate(s, o);
                        return s;
                    }
                    return SymmetricDifference(s, o);
            }
            return Ops.NotImplemented;
        }

        public static object CompareSets(PySet s, int op, object other)
        {
            PySet o = other as PySet;
            if (o == null)
            {
                return op == PyOp.Eq ? PyBool.False : op == PyOp.Ne ? (object)PyBool.True : Ops.NotImplemented;
            }
            switch (op)
            {
                case PyOp.Eq:
                    return PyBool.From(s.Count == o.Count && IsSubset(s, o));
                case PyOp.Ne:
                    return PyBool.From(!(s.Count == o.Count && IsSubset(s, o)));
                case PyOp.Le:
                    return PyBool.From(IsSubset(s, o));
                case PyOp.Lt:
                    return PyBool.From(s.Count < o.Count && IsSubset(s, o));
                case PyOp.Ge:
                    return PyBool.From(IsSubset(o, s));
                case PyOp.Gt:
                    return PyBool.From(s.Count > o.Count && IsSubset(o, s));
            }
            return Ops.NotImplemented;
        }
    }
}
